package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * A copy of every named graph of a dataset, taken in one read transaction, with literals in canonical form, for
 * comparing datasets graph by graph with isomorphism.
 *
 * @param graphs the named graphs by IRI
 */
record DatasetSnapshot(Map<String, Graph> graphs) {

    /** Copies every named graph of a dataset. */
    static DatasetSnapshot of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Graph> out = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(t -> copy.add(canonical(t)));
                out.put(g.getURI(), copy);
            });
            return new DatasetSnapshot(out);
        });
    }

    /**
     * The triple with its object literal in canonical form: TDB2 stores numbers inline and gives back
     * {@code "0.9e0"^^xsd:double} for {@code "0.9"^^xsd:double}, the same value.
     */
    private static Triple canonical(Triple t) {
        return t.getObject().isLiteral()
                ? Triple.create(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(t.getObject()))
                : t;
    }

    /** The snapshot without the graphs whose IRI matches. */
    DatasetSnapshot without(Predicate<String> graphName) {
        Map<String, Graph> out = new TreeMap<>(graphs);
        out.keySet().removeIf(graphName);
        return new DatasetSnapshot(out);
    }

    /** The named graphs' IRIs. */
    Set<String> names() {
        return graphs.keySet();
    }

    /** One named graph. */
    Graph graph(Node name) {
        return graphs.get(name.getURI());
    }

    /** Up to three ground triples of one graph that the other lacks. */
    private static String sample(Graph a, Graph b) {
        return a.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || b.contains(t))
                .toList().stream().limit(3).toList().toString();
    }

    /** Asserts the same graph names and every named graph isomorphic to its counterpart. */
    static void assertIsomorphic(DatasetSnapshot expected, DatasetSnapshot actual) {
        assertEquals(expected.names(), actual.names(), "graph names");
        for (Map.Entry<String, Graph> e : expected.graphs().entrySet()) {
            Graph other = actual.graphs().get(e.getKey());
            assertEquals(e.getValue().size(), other.size(), "triples in " + e.getKey());
            assertTrue(e.getValue().isIsomorphicWith(other), () -> "graph not isomorphic: " + e.getKey()
                    + "; e.g. only expected: " + sample(e.getValue(), other) + "; only actual: " + sample(other, e.getValue()));
        }
    }
}
