package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.paperkg.kg.Vocab;
import org.paperkg.store.KgStore;

class TestDatasetDescription {
    private static final String VOID = Vocab.VOID_NS;

    @Test
    void countsTriplesAndClassesAndStatesEndpointDumpsLicenceAndModified() {
        try (KgStore store = ServeFixture.store()) {
            DatasetDescription d = DatasetDescription.builder().baseIri(ServeFixture.BASE)
                    .sparqlEndpoint(ServeFixture.BASE + "kg/sparql")
                    .dataDump(ServeFixture.BASE + "dump/paperkg.nt", "application/n-triples").build();
            Graph g = d.describe(store.datasetGraph());
            Node ds = NodeFactory.createURI(ServeFixture.BASE);
            long triples = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getUnionGraph().size());
            assertEquals(triples, number(g, ds, uri(VOID + "triples")));
            assertEquals(3, partition(g, ds, Vocab.PAPER));
            assertEquals(3, partition(g, ds, Vocab.CLAIM));
            assertEquals(2, partition(g, ds, Vocab.DATASET));
            assertEquals(9, partition(g, ds, Vocab.RESEARCH_ENTITY));
            assertEquals(0, partition(g, ds, Vocab.TASK));
            assertEquals("2025-01-16T10:00:00Z", g.find(ds, uri(Vocab.DCTERMS_NS + "modified"), Node.ANY).next()
                    .getObject().getLiteralLexicalForm());
            assertTrue(g.contains(ds, uri(VOID + "sparqlEndpoint"), uri(ServeFixture.BASE + "kg/sparql")));
            assertTrue(g.contains(ds, uri(VOID + "dataDump"), uri(ServeFixture.BASE + "dump/paperkg.nt")));
            assertTrue(g.contains(ds, uri(Vocab.DCTERMS_NS + "license"), uri(DatasetDescription.DEFAULT_LICENSE)));
            assertTrue(g.contains(ds, Vocab.RDF_TYPE, uri(Vocab.DCAT_NS + "Dataset")));
        }
    }

    @Test
    void builderRejectsMissingOrMalformedIris() {
        assertThrows(IllegalStateException.class, () -> DatasetDescription.builder().baseIri(ServeFixture.BASE).build());
        assertThrows(IllegalArgumentException.class, () -> DatasetDescription.builder().baseIri("http://x.org/kg")
                .sparqlEndpoint("http://x.org/kg/sparql").build());
        assertThrows(IllegalArgumentException.class, () -> DatasetDescription.builder().baseIri(ServeFixture.BASE)
                .sparqlEndpoint("kg/sparql").build());
    }

    private static long partition(Graph g, Node ds, Node cls) {
        Node part = g.find(ds, uri(VOID + "classPartition"), Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(p -> g.contains(p, uri(VOID + "class"), cls)).findFirst().orElseThrow();
        return number(g, part, uri(VOID + "entities"));
    }

    private static long number(Graph g, Node s, Node p) {
        return Long.parseLong(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
