package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.LabelConsolidator;
import org.paperkg.kg.Vocab;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Relation;
import org.paperkg.store.KgStore;

class TestConsolidationStep {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Node G1 = IRIS.sourceGraph("a.jsonl");
    private static final Node G2 = IRIS.sourceGraph("b.jsonl");
    private static final Node G3 = IRIS.sourceGraph("c.jsonl");

    /** Three sources labelling entities and titling papers differently, and one entity all agree on. */
    private static void fill(KgStore store) {
        store.write(() -> {
            DatasetGraph d = store.datasetGraph();
            entity(d, G1, "sam", "SAM");
            entity(d, G2, "sam", "Segment Anything Model");
            d.add(G2, IRIS.entity("sam"), Vocab.SKOS_ALT_LABEL, literal("SAM"));
            entity(d, G3, "sam", "SAM");
            entity(d, G1, "gpt-4", "GPT4");
            entity(d, G3, "gpt-4", "GPT-4");
            entity(d, G1, "imagenet", "ImageNet");
            entity(d, G2, "imagenet", "ImageNet");
            d.add(G1, IRIS.paper(PaperKey.ofTitle("Attention is all you need")), Vocab.DCT_TITLE, literal("Attention is all you need"));
            d.add(G2, IRIS.paper(PaperKey.ofTitle("Attention is all you need")), Vocab.DCT_TITLE, literal("Attention Is All You Need"));
            d.add(G3, IRIS.paper(PaperKey.ofTitle("Only one title")), Vocab.DCT_TITLE, literal("Only one title"));
        });
    }

    private static void entity(DatasetGraph d, Node g, String slug, String label) {
        Node e = IRIS.entity(slug);
        d.add(g, e, Vocab.SKOS_PREF_LABEL, literal(label));
        d.add(g, e, Vocab.RDFS_LABEL, literal(label));
        d.add(g, e, Vocab.NORMALIZED_NAME, literal(PaperKey.normalize(label)));
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    @ParameterizedTest
    @CsvSource({"1, 4000000, 400000", "1000, 4000000, 400000", "2, 3, 400000", "1, 0, 400000", "2, 0, 400000",
            "1000, 0, 400000", "1, 0, 1", "2, 0, 3", "1000, 0, 2"})
    void givesTheSameResultAsTheConsolidatorOverTheWholeDataset(int batch, int indexScanSubjects, int inMemorySubjects) {
        try (KgStore store = KgStore.inMemory()) {
            fill(store);
            DatasetGraph expected = DatasetGraphFactory.create();
            store.read(() -> store.datasetGraph().find()).forEachRemaining(expected::add);
            int expectedChanged = LabelConsolidator.consolidate(expected);

            int changed = new ConsolidationStep(store, batch, indexScanSubjects, inMemorySubjects).run();

            assertEquals(3, expectedChanged, "sam, gpt-4 and paper k1 conflict");
            assertEquals(expectedChanged, changed);
            DatasetSnapshot.assertIsomorphic(DatasetSnapshot.of(expected), DatasetSnapshot.of(store.datasetGraph()));
        }
    }

    @Test
    void consolidatingTheGraphsOfOneBuildGivesTheWholeDatasetResult() {
        try (KgStore store = KgStore.inMemory()) {
            fill(store);
            new ConsolidationStep(store, 10).run();
            Node g4 = IRIS.sourceGraph("d.jsonl");
            store.write(() -> {
                entity(store.datasetGraph(), g4, "sam", "SAM model family");
                entity(store.datasetGraph(), g4, "imagenet", "ImageNet");
                store.datasetGraph().add(g4, IRIS.paper(PaperKey.ofTitle("Only one title")), Vocab.DCT_TITLE,
                        literal("Only One Title"));
            });
            DatasetGraph expected = DatasetGraphFactory.create();
            store.read(() -> store.datasetGraph().find()).forEachRemaining(expected::add);
            int expectedChanged = LabelConsolidator.consolidate(expected);

            int changed = new ConsolidationStep(store, 1).run(List.of(g4));

            assertEquals(2, expectedChanged, "sam gained a label, paper k2 a title; imagenet agrees");
            assertEquals(expectedChanged, changed);
            DatasetSnapshot.assertIsomorphic(DatasetSnapshot.of(expected), DatasetSnapshot.of(store.datasetGraph()));
        }
    }

    @Test
    void runningTwiceChangesNothing() {
        try (KgStore store = KgStore.inMemory()) {
            fill(store);
            new ConsolidationStep(store, 10).run();
            DatasetSnapshot once = DatasetSnapshot.of(store.datasetGraph());

            assertEquals(0, new ConsolidationStep(store, 10).run());
            DatasetSnapshot.assertIsomorphic(once, DatasetSnapshot.of(store.datasetGraph()));
            assertEquals(1, store.read(() -> store.datasetGraph().stream(Node.ANY, IRIS.entity("sam"),
                    Vocab.SKOS_PREF_LABEL, Node.ANY).map(Quad::getObject).distinct().count()));
        }
    }

    @Test
    void droppingAGraphAndConsolidatingItsDependentsGivesWhatAFreshBuildOfTheRestGives() {
        try (KgStore store = KgStore.inMemory(); KgStore fresh = KgStore.inMemory()) {
            fill(store);
            fill(fresh);
            new ConsolidationStep(store, 10).run();
            List<Node> dependents = new ConsolidationStep(store, 10).dependents(G2);
            store.write(() -> store.datasetGraph().removeGraph(G2));
            fresh.write(() -> fresh.datasetGraph().removeGraph(G2));
            new ConsolidationStep(fresh, 10).run();

            int changed = new ConsolidationStep(store, 10).run(List.of(), dependents);

            assertEquals(Set.of(IRIS.entity("sam"), IRIS.paper(PaperKey.ofTitle("Attention is all you need"))),
                    Set.copyOf(dependents), "G2 held the chosen label of sam and the chosen title of the paper");
            assertEquals(2, changed);
            DatasetSnapshot.assertIsomorphic(DatasetSnapshot.of(fresh.datasetGraph()),
                    DatasetSnapshot.of(store.datasetGraph()));
        }
    }

    @Test
    void afterAnInterruptedBuildTheLabelsAGoneGraphHeldAreChosenAgain() {
        try (KgStore store = KgStore.inMemory(); KgStore fresh = KgStore.inMemory()) {
            fill(store);
            fill(fresh);
            new ConsolidationStep(store, 10).run();
            store.write(() -> store.datasetGraph().removeGraph(G2));
            fresh.write(() -> fresh.datasetGraph().removeGraph(G2));
            new ConsolidationStep(fresh, 10).run();

            new ConsolidationStep(store, 10).runAfterInterruptedBuild(List.of());

            DatasetSnapshot.assertIsomorphic(DatasetSnapshot.of(fresh.datasetGraph()),
                    DatasetSnapshot.of(store.datasetGraph()));
            assertEquals(1, store.read(() -> store.datasetGraph().stream(Node.ANY, IRIS.entity("sam"),
                    Vocab.SKOS_PREF_LABEL, Node.ANY).map(Quad::getObject).distinct().count()),
                    "sam has a preferred label again");
        }
    }

    /** A paper with a short abstract in G1 and a longer one in G2, each with one claim and its direct triples. */
    private static void twoVersions(KgStore store) {
        Node paper = IRIS.paper(PaperKey.ofTitle("FooNet"));
        store.write(() -> {
            DatasetGraph d = store.datasetGraph();
            version(d, G1, paper, "FooNet beats AlexNet.", "alexnet");
            version(d, G2, paper, "FooNet, a network, beats ResNet.", "resnet");
        });
    }

    private static void version(DatasetGraph d, Node g, Node paper, String text, String beaten) {
        Node v = IRIS.abstractVersion(PaperKey.ofTitle("FooNet"), text);
        Node claim = NodeFactory.createURI(IRIS.base() + "claim/" + beaten);
        Node fooNet = IRIS.entity("foonet");
        Node other = IRIS.entity(beaten);
        d.add(g, paper, Vocab.DCT_ABSTRACT, literal(text));
        d.add(g, paper, Vocab.HAS_ABSTRACT, v);
        d.add(g, v, Vocab.TEXT, literal(text));
        d.add(g, claim, Vocab.STATED_IN, paper);
        d.add(g, claim, Vocab.PROV_WAS_DERIVED_FROM, v);
        d.add(g, claim, Vocab.SUBJECT, fooNet);
        d.add(g, claim, Vocab.RELATION, Vocab.OUTPERFORMS);
        d.add(g, claim, Vocab.OBJECT, other);
        d.add(g, fooNet, Vocab.OUTPERFORMS, other);
        d.add(g, other, Vocab.propertyOf(Relation.UNDERPERFORMS), fooNet);
    }

    @ParameterizedTest
    @CsvSource({"10, 4000000, 400000", "1, 0, 1", "10, 0, 400000"})
    void aPaperWithTwoAbstractsKeepsTheClaimOfTheLongerOnly(int batch, int indexScanSubjects, int inMemorySubjects) {
        try (KgStore store = KgStore.inMemory()) {
            twoVersions(store);

            assertEquals(1, new ConsolidationStep(store, batch, indexScanSubjects, inMemorySubjects).run());

            Node alexnet = IRIS.entity("alexnet");
            assertEquals(0, store.read(() -> store.datasetGraph().stream(Node.ANY,
                    NodeFactory.createURI(IRIS.base() + "claim/alexnet"), Node.ANY, Node.ANY).count()));
            assertEquals(0, store.read(() -> store.datasetGraph().stream(Node.ANY, Node.ANY, Node.ANY, alexnet)
                    .count() + store.datasetGraph().stream(Node.ANY, alexnet, Node.ANY, Node.ANY).count()),
                    "the direct triples of the short abstract's claim, both ways");
            assertEquals(10, store.read(() -> store.datasetGraph().stream(G2, Node.ANY, Node.ANY, Node.ANY).count()),
                    "the longer abstract's graph is untouched");
            assertEquals(3, store.read(() -> store.datasetGraph().stream(G1, Node.ANY, Node.ANY, Node.ANY).count()),
                    "the short version itself stays");
            assertEquals(0, new ConsolidationStep(store, batch, indexScanSubjects, inMemorySubjects).run());
        }
    }
}
