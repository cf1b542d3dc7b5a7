package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperkg.kg.Vocab;
import org.paperkg.store.KgStore;

class TestRdfExporter {
    private static final String TRIG = """
            @prefix pkg: <https://w3id.org/paperkg/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <http://x.org/graph/a> {
              <http://x.org/entity/lion> a pkg:Method ; skos:prefLabel "Lion" ; pkg:outperforms <http://x.org/entity/adam> .
              <http://x.org/claim/1> pkg:confidence "0.9"^^xsd:double ; pkg:evidence "Lion \\"beats\\" Adam <b>.</b>"@en .
            }
            <http://x.org/graph/b> {
              <http://x.org/entity/lion> a pkg:Method ; skos:prefLabel "Lion" .
              <http://x.org/entity/adam> a pkg:Method ; skos:prefLabel "Adam" .
            }
            """;

    private KgStore store;

    @BeforeEach
    void load() {
        store = KgStore.inMemory();
        store.write(() -> RDFParser.fromString(TRIG, Lang.TRIG).parse(store.datasetGraph()));
    }

    private String export(ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdfExporter(store.datasetGraph(), Vocab.PREFIXES).write(f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatParsesBackToTheStore(ExportFormat f) {
        String text = export(f);
        Lang lang = RDFLanguages.contentTypeToLang(f.rio().getDefaultMIMEType());
        if (f.keepsGraphs()) {
            DatasetGraph back = DatasetFactory.create().asDatasetGraph();
            RDFParser.fromString(text, lang).parse(back);
            Txn.executeRead(store.datasetGraph(), () -> {
                store.datasetGraph().listGraphNodes().forEachRemaining(g -> assertTrue(
                        back.getGraph(g).isIsomorphicWith(store.datasetGraph().getGraph(g)), f + " graph " + g));
                assertEquals(store.datasetGraph().stream().count(), back.stream().count(), f.label());
            });
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.fromString(text, lang).parse(back);
            Txn.executeRead(store.datasetGraph(), () -> {
                Graph union = store.datasetGraph().getUnionGraph();
                assertEquals(7, back.size(), f + ":\n" + text);
                assertTrue(back.isIsomorphicWith(union), f + ":\n" + text);
            });
        }
    }

    @Test
    void jsonLdUsesThePublishedContext() {
        String json = export(ExportFormat.JSONLD);
        assertTrue(json.contains("\"@context\""), json);
        assertTrue(json.contains("\"prefLabel\""), json);
        assertTrue(json.contains("\"outperforms\""), json);
    }

    @Test
    void unionFormatsWriteSharedTriplesOnce() {
        String nt = export(ExportFormat.NTRIPLES);
        assertEquals(7, nt.lines().filter(l -> !l.isBlank()).count(), nt);
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(export(ExportFormat.NQUADS), Lang.NQUADS).parse(ds);
        assertEquals(9, ds.asDatasetGraph().stream().count());
    }

    /**
     * The union-graph export reads one predicate at a time and writes as it reads: no find on the union graph
     * leaves the predicate open (TDB2 would hold every triple of such a find to drop duplicates), the first bytes
     * reach the output before the union reads have delivered every triple, and a quad held by two named graphs
     * still comes out once.
     */
    @Test
    void unionFormatsStreamOnePredicateAtATimeAndWriteSharedTriplesOnce() {
        int perPredicate = 300;
        List<Node> predicates = List.of(Vocab.SKOS_PREF_LABEL, Vocab.SKOS_ALT_LABEL, Vocab.EVIDENCE);
        Node a = NodeFactory.createURI("http://x.org/graph/a");
        Node b = NodeFactory.createURI("http://x.org/graph/b");
        try (KgStore big = KgStore.inMemory()) {
            big.write(() -> {
                for (Node p : predicates) {
                    for (int i = 0; i < perPredicate; i++) {
                        Node s = NodeFactory.createURI("http://x.org/entity/e" + i);
                        Node o = NodeFactory.createLiteralString("a label long enough to fill the writer's buffer " + i);
                        big.datasetGraph().add(a, s, p, o);
                        big.datasetGraph().add(b, s, p, o);
                    }
                }
            });
            int total = predicates.size() * perPredicate;
            CountingStore counting = new CountingStore(big.datasetGraph());
            long[] deliveredAtFirstByte = {-1};
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OutputStream out = new OutputStream() {
                @Override
                public void write(int c) {
                    write(new byte[] {(byte) c}, 0, 1);
                }

                @Override
                public void write(byte[] buf, int off, int len) {
                    if (deliveredAtFirstByte[0] < 0 && len > 0) {
                        deliveredAtFirstByte[0] = counting.delivered;
                    }
                    bytes.write(buf, off, len);
                }
            };

            long written = new RdfExporter(counting, Vocab.PREFIXES).write(ExportFormat.NTRIPLES, out);

            assertEquals(total, written, "each triple of the two graphs once");
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.fromString(bytes.toString(StandardCharsets.UTF_8), Lang.NTRIPLES).parse(back);
            assertEquals(total, back.size());
            assertEquals(total, bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count(),
                    "no line twice");
            assertTrue(counting.finds.size() >= predicates.size(), "the union graph was read: " + counting.finds);
            assertTrue(counting.finds.stream().allMatch(Node::isConcrete),
                    "every union-graph find names its predicate: " + counting.finds);
            assertTrue(deliveredAtFirstByte[0] > 0 && deliveredAtFirstByte[0] < total,
                    "output starts while the union graph is being read, not after all " + total + " triples were "
                            + "held: " + deliveredAtFirstByte[0]);
        }
    }

    /** A dataset graph whose union graph records the predicate of every find and counts the triples it hands out. */
    private static final class CountingStore extends DatasetGraphWrapper {
        final List<Node> finds = new ArrayList<>();
        long delivered;

        CountingStore(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public Graph getUnionGraph() {
            return new GraphWrapper(super.getUnionGraph()) {
                @Override
                public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                    finds.add(p);
                    return super.find(s, p, o).mapWith(t -> {
                        delivered++;
                        return t;
                    });
                }

                @Override
                public ExtendedIterator<Triple> find(Triple t) {
                    return find(t.getSubject(), t.getPredicate(), t.getObject());
                }
            };
        }
    }
}
