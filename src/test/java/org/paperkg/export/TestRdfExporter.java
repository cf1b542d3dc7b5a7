package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
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
}
