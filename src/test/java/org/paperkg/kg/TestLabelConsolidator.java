package org.paperkg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Alias;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;

class TestLabelConsolidator {

    private static final Node SAM = KgFixtures.IRIS.entity("sam");

    /** Paper A writes "SAM" alone and "GPT4"; paper B defines "Segment Anything Model (SAM)" and writes "GPT-4". */
    private static DatasetGraph twoPapers() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        KgMapper mapper = KgFixtures.mapper();
        Listing a = Listing.of("a.jsonl", 1, "Paper A", "We fine-tune SAM and ask GPT4.");
        mapper.map(a, new Extraction("a", a.title(), Map.of(EntityType.MODEL, List.of("SAM", "GPT4")), List.of(),
                List.of(), List.of(), List.of()), KgFixtures.IRIS.sourceGraph(a.source()), out);
        Listing b = Listing.of("b.jsonl", 1, "Paper B", "The Segment Anything Model (SAM) and GPT-4.");
        mapper.map(b, new Extraction("b", b.title(),
                Map.of(EntityType.MODEL, List.of("Segment Anything Model", "SAM", "GPT-4")), List.of(), List.of(),
                List.of(), List.of(new Alias("Segment Anything Model", "SAM"))),
                KgFixtures.IRIS.sourceGraph(b.source()), out);
        Listing b2 = Listing.of("c.jsonl", 4, "PAPER B", "The Segment Anything Model (SAM) and GPT-4.");
        mapper.map(b2, new Extraction("b", b2.title(), Map.of(), List.of(), List.of(), List.of(), List.of()),
                KgFixtures.IRIS.sourceGraph(b2.source()), out);
        return dsg;
    }

    private static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(g::add);
        return g;
    }

    private static Set<String> values(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet();
    }

    @Test
    void conflictingLabelsAcrossGraphsAreResolvedToTheMostSpecific() {
        DatasetGraph dsg = twoPapers();
        ConformanceReport before = ShapeValidator.fromClasspath().validate(union(dsg));
        assertFalse(before.conforms());
        assertTrue(before.text().contains("skos:prefLabel"), before.text());

        assertEquals(3, LabelConsolidator.consolidate(dsg));

        Graph u = union(dsg);
        ConformanceReport after = ShapeValidator.fromClasspath().validate(u);
        assertTrue(after.conforms(), after.text());
        assertEquals(Set.of("Segment Anything Model"), values(u, SAM, Vocab.SKOS_PREF_LABEL));
        assertEquals(Set.of("SAM"), values(u, SAM, Vocab.SKOS_ALT_LABEL));
        assertEquals(Set.of("segmentanythingmodel"), values(u, SAM, Vocab.NORMALIZED_NAME));
        Node gpt4 = KgFixtures.IRIS.entity("gpt4");
        assertEquals(Set.of("GPT-4"), values(u, gpt4, Vocab.SKOS_PREF_LABEL));
        assertEquals(Set.of("GPT4"), values(u, gpt4, Vocab.SKOS_ALT_LABEL));
        Node paperB = KgFixtures.IRIS.paper(PaperKey.ofTitle("Paper B"));
        assertEquals(Set.of("PAPER B"), values(u, paperB, Vocab.DCT_TITLE));
        assertEquals(Set.of("Paper B"), values(u, paperB, LabelConsolidator.DCT_ALTERNATIVE));
        Graph graphA = dsg.getGraph(KgFixtures.IRIS.sourceGraph("a.jsonl"));
        assertEquals(Set.of(), values(graphA, SAM, Vocab.SKOS_PREF_LABEL),
                "a graph without the chosen label keeps no preferred label of its own");
        assertEquals(Set.of("SAM"), values(graphA, SAM, Vocab.SKOS_ALT_LABEL), "and gains no label it did not hold");
        assertEquals(Set.of(), values(graphA, SAM, Vocab.RDFS_LABEL));
    }

    @Test
    void droppingAGraphAndConsolidatingAgainGivesWhatRemainsAsIfItWereBuiltAlone() {
        DatasetGraph built = twoPapers();
        LabelConsolidator.consolidate(built);
        DatasetGraph alone = twoPapers();
        for (DatasetGraph d : List.of(built, alone)) {
            d.removeGraph(KgFixtures.IRIS.sourceGraph("b.jsonl"));
            d.removeGraph(KgFixtures.IRIS.sourceGraph("c.jsonl"));
        }

        assertTrue(LabelConsolidator.consolidate(built) > 0, "sam and gpt4 get back the labels of paper A");

        assertEquals(0, LabelConsolidator.consolidate(alone));
        assertTrue(union(alone).isIsomorphicWith(union(built)), "labels of the dropped graphs linger");
        Graph graphA = built.getGraph(KgFixtures.IRIS.sourceGraph("a.jsonl"));
        assertEquals(Set.of("SAM"), values(graphA, SAM, Vocab.SKOS_PREF_LABEL));
        assertEquals(Set.of(), values(graphA, SAM, Vocab.SKOS_ALT_LABEL));
    }

    @Test
    void consolidationIsIdempotentAndOrderIndependent() {
        DatasetGraph first = twoPapers();
        LabelConsolidator.consolidate(first);
        assertEquals(0, LabelConsolidator.consolidate(first));
        DatasetGraph consistent = DatasetGraphFactory.createTxnMem();
        Listing b = Listing.of("b.jsonl", 1, "Paper B", "The Segment Anything Model (SAM).");
        KgFixtures.mapper().map(b, new Extraction("b", b.title(), Map.of(EntityType.MODEL, List.of("SAM")),
                List.of(), List.of(), List.of(), List.of(new Alias("Segment Anything Model", "SAM"))),
                KgFixtures.IRIS.sourceGraph(b.source()), StreamRDFLib.dataset(consistent));
        assertEquals(0, LabelConsolidator.consolidate(consistent));
    }
}
