package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.pipeline.BuildFixture.paper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ingest.Ingester;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.Vocab;
import org.paperkg.model.PaperKey;
import org.paperkg.store.KgStore;

class TestIncrementalBuild {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Clock T1 = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Clock T2 = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Clock T3 = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    private static final String P1 = paper("p1", "FooNet for image classification",
            "We propose FooNet, a convolutional network. FooNet outperforms ResNet-50 on ImageNet by 2% top-1 accuracy.");
    private static final String P2 = paper("p2", "BarGAN generates faces",
            "We introduce BarGAN, a generative model. BarGAN outperforms StyleGAN on FFHQ.");
    private static final String P3 = paper("p3", "Tuning BERT for question answering",
            "We fine-tune BERT on SQuAD. Our method outperforms RoBERTa on SQuAD.");
    private static final String P4 = paper("p4", "Sparse attention for long documents",
            "We propose LongSparse, which outperforms Longformer on arXiv summarization.");

    @TempDir
    Path dir;

    private Path file(String name, String... records) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", records) + "\n");
    }

    private static BuildSummary build(KgStore store, Clock clock, Path... files) {
        return BuildFixture.build(store, clock, Pipelines.extractorVersion(), files);
    }

    private static Node paperIri(String title) {
        return IRIS.paper(PaperKey.ofTitle(title));
    }

    private static Node graphOf(Path file) {
        return IRIS.sourceGraph(Ingester.sourceName(file));
    }

    private static DatasetSnapshot sources(KgStore store) {
        return DatasetSnapshot.of(store.datasetGraph()).without(g -> g.equals(IRIS.metaGraph().getURI())
                || g.equals(IRIS.statisticsGraph().getURI()));
    }

    private static DatasetSnapshot statistics(KgStore store) {
        return DatasetSnapshot.of(store.datasetGraph()).without(g -> !g.equals(IRIS.statisticsGraph().getURI()));
    }

    private static List<Quad> quads(KgStore store, Node g, Node s, Node p) {
        return store.read(() -> {
            List<Quad> out = new ArrayList<>();
            store.datasetGraph().find(g, s, p, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void rebuildingTheSameInputChangesNothing() throws IOException {
        Path a = file("a.jsonl", P1, P2);
        Path b = file("b.jsonl", P2, P3);
        try (KgStore store = KgStore.inMemory()) {
            BuildSummary first = build(store, T1, a, b);
            assertEquals(2, first.sourcesLoaded());
            assertTrue(first.bulk());
            DatasetSnapshot before = DatasetSnapshot.of(store.datasetGraph());

            BuildSummary second = build(store, T2, a, b);

            assertEquals(0, second.sourcesLoaded());
            assertEquals(2, second.sourcesUnchanged());
            assertFalse(second.bulk());
            assertEquals(first.triples(), second.triples());
            DatasetSnapshot.assertIsomorphic(before, DatasetSnapshot.of(store.datasetGraph()));
        }
    }

    private static BuildSummary buildWith(KgStore store, String extractorVersion, Path... files) {
        return BuildFixture.build(store, T1, extractorVersion, files);
    }

    @Test
    void aNewExtractorVersionReadsUnchangedFilesAgain() throws IOException {
        Path a = file("a.jsonl", P1, P2);
        Path b = file("b.jsonl", P2, P3);
        try (KgStore store = KgStore.inMemory(); KgStore fresh = KgStore.inMemory()) {
            buildWith(store, "rules-old", a, b);
            assertEquals(0, buildWith(store, "rules-old", a, b).sourcesLoaded());

            BuildSummary upgraded = buildWith(store, "rules-new", a, b);

            assertEquals(2, upgraded.sourcesLoaded());
            assertEquals(0, upgraded.sourcesUnchanged());
            assertEquals(0, buildWith(store, "rules-new", a, b).sourcesLoaded());
            buildWith(fresh, "rules-new", a, b);
            DatasetSnapshot.assertIsomorphic(sources(fresh), sources(store));
        }
    }

    @Test
    void aChangedFileReplacesItsGraphWithoutDuplicates() throws IOException {
        Path a = file("a.jsonl", P1, P2);
        Path b = file("b.jsonl", P2, P3);
        try (KgStore store = KgStore.inMemory()) {
            build(store, T1, a, b);
            file("a.jsonl", P4);

            BuildSummary s = build(store, T1, a, b);

            assertEquals(1, s.sourcesLoaded());
            assertEquals(1, s.sourcesUnchanged());
            assertEquals(3, s.papers(), "p2, p3 and p4");
            assertTrue(quads(store, Node.ANY, paperIri("FooNet for image classification"), Node.ANY).isEmpty(),
                    "p1, removed from its only source, disappears");
            Node p2 = paperIri("BarGAN generates faces");
            assertTrue(quads(store, graphOf(a), p2, Node.ANY).isEmpty(), "p2 left a's graph");
            assertEquals(1, quads(store, graphOf(b), p2, Vocab.DCT_TITLE).size(), "p2 is still listed by b, once");
            assertEquals(1, quads(store, graphOf(a), paperIri("Sparse attention for long documents"), Vocab.DCT_TITLE).size());
            try (KgStore clean = KgStore.inMemory()) {
                build(clean, T1, a, b);
                DatasetSnapshot.assertIsomorphic(sources(clean), sources(store));
                DatasetSnapshot.assertIsomorphic(statistics(clean), statistics(store));
            }
        }
    }

    /**
     * Labels and titles a replaced source contributed do not linger: b first writes the long form of an alias that a
     * also mentions by its short form, and a title of a's paper written differently; b then loses both. The graphs
     * equal those of a fresh build of the final input.
     */
    @Test
    void labelsAndTitlesOfAReplacedSourceDoNotLinger() throws IOException {
        String attention = "We propose FBViT, a vision transformer. FBViT outperforms ResNet-50 on ImageNet.";
        Path a = file("a.jsonl", paper("a1", "Attention for vision", attention), P2);
        Path b = file("b.jsonl", paper("b1", "Attention For Vision", attention),
                paper("b2", "A bigger vision transformer", "We propose FooBar Vision Transformer (FBViT). "
                        + "FBViT outperforms DeiT on ImageNet."));
        Node fbvit = IRIS.entity("fbvit");
        try (KgStore store = KgStore.inMemory()) {
            build(store, T1, a, b);
            assertEquals(List.of("FooBar Vision Transformer"),
                    lexical(quads(store, Node.ANY, fbvit, Vocab.SKOS_PREF_LABEL)).stream().distinct().toList(),
                    "the long form b wrote is the preferred label");
            file("b.jsonl", paper("b2", "A bigger vision transformer", "We propose FBViT-L. FBViT-L outperforms DeiT "
                    + "on ImageNet."));

            build(store, T1, a, b);

            try (KgStore clean = KgStore.inMemory()) {
                build(clean, T1, a, b);
                assertEquals(List.of("FBViT"), lexical(quads(clean, Node.ANY, fbvit, Vocab.SKOS_PREF_LABEL)));
                assertEquals(labels(clean, fbvit), labels(store, fbvit), "fbvit's labels, by property");
                Node title = paperIri("Attention for vision");
                assertEquals(Set.copyOf(lexical(quads(clean, Node.ANY, title, Vocab.DCT_TITLE))),
                        Set.copyOf(lexical(quads(store, Node.ANY, title, Vocab.DCT_TITLE))), "the paper's title");
                DatasetSnapshot.assertIsomorphic(sources(clean), sources(store));
            }
        }
    }

    @Test
    void aNewFileAddsAGraph() throws IOException {
        Path a = file("a.jsonl", P1, P2);
        try (KgStore store = KgStore.inMemory()) {
            build(store, T1, a);
            Path c = file("c.jsonl", P3, P4);

            BuildSummary s = build(store, T1, a, c);

            assertEquals(1, s.sourcesLoaded());
            assertEquals(1, s.sourcesUnchanged());
            assertEquals(4, s.papers());
            assertEquals(Set.of(graphOf(a).getURI(), graphOf(c).getURI()), sources(store).names());
            try (KgStore clean = KgStore.inMemory()) {
                build(clean, T1, a, c);
                DatasetSnapshot.assertIsomorphic(sources(clean), sources(store));
            }
        }
    }

    @Test
    void everyBuildThatChangesTheGraphRecordsADatedVersionWithCounts() throws IOException {
        Path a = file("a.jsonl", P1, P2);
        Path c = file("c.jsonl", P3, P4);
        Node meta = IRIS.metaGraph();
        Node dataset = NodeFactory.createURI(IRIS.base());
        Node modified = NodeFactory.createURI(Vocab.DCTERMS_NS + "modified");
        Node isVersionOf = NodeFactory.createURI(Vocab.DCTERMS_NS + "isVersionOf");
        try (KgStore store = KgStore.inMemory()) {
            build(store, T1, a);
            BuildSummary second = build(store, T2, a, c);
            build(store, T3, a, c);

            assertEquals(List.of("2026-02-01T00:00:00Z"), lexical(quads(store, meta, dataset, modified)));
            long metaTriples = quads(store, meta, Node.ANY, Node.ANY).size()
                    + quads(store, IRIS.statisticsGraph(), Node.ANY, Node.ANY).size();
            assertEquals(List.of(Long.toString(second.triples() - metaTriples)),
                    lexical(quads(store, meta, dataset, NodeFactory.createURI(Vocab.VOID_NS + "triples"))),
                    "void:triples counts the source graphs; the summary counts the description and statistics too");
            Set<String> versions = new TreeSet<>();
            store.read(() -> store.datasetGraph().find(meta, Node.ANY, isVersionOf, dataset)).forEachRemaining(q ->
                    versions.addAll(lexical(quads(store, meta, q.getSubject(), modified))));
            assertEquals(Set.of("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"), versions,
                    "one version per build that loaded something; the unchanged third build adds none");
            Node current = quads(store, meta, dataset, NodeFactory.createURI(Vocab.DCAT_NS + "hasCurrentVersion"))
                    .get(0).getObject();
            assertEquals(second.papers(), partition(store, current, Vocab.PAPER));
            assertEquals(second.claims(), partition(store, current, Vocab.CLAIM));
            assertTrue(second.claims() > 0, "the test corpus states claims");
        }
    }

    @Test
    void aDatabaseWithoutStatisticsGetsThemFromTheNextBuildEvenWhenNothingChanged() throws IOException {
        Path a = file("a.jsonl", P1, P2);
        try (KgStore store = KgStore.inMemory()) {
            build(store, T1, a);
            DatasetSnapshot complete = DatasetSnapshot.of(store.datasetGraph());
            store.write(() -> store.datasetGraph().deleteAny(IRIS.statisticsGraph(), Node.ANY, Node.ANY, Node.ANY));

            BuildSummary s = build(store, T2, a);

            assertEquals(0, s.sourcesLoaded());
            DatasetSnapshot.assertIsomorphic(complete, DatasetSnapshot.of(store.datasetGraph()));
        }
    }

    @Test
    void aBuildThatStoppedBeforeRecordingIsConsolidatedAndRecordedByTheNext() throws IOException {
        Path a = file("a.jsonl", P1, P2);
        Path b = file("b.jsonl", P2, P3);
        try (KgStore store = KgStore.inMemory()) {
            build(store, T1, a, b);
            DatasetSnapshot finished = DatasetSnapshot.of(store.datasetGraph());
            Node p2 = paperIri("BarGAN generates faces");
            store.write(() -> {
                store.datasetGraph().deleteAny(IRIS.metaGraph(), Node.ANY, Node.ANY, Node.ANY);
                store.datasetGraph().deleteAny(IRIS.statisticsGraph(), Node.ANY, Node.ANY, Node.ANY);
                store.datasetGraph().add(graphOf(a), p2, Vocab.DCT_TITLE, NodeFactory.createLiteralString("BARGAN generates faces"));
                store.datasetGraph().delete(graphOf(a), p2, Vocab.DCT_TITLE, NodeFactory.createLiteralString("BarGAN generates faces"));
            });

            BuildSummary s = build(store, T1, a, b);

            assertEquals(0, s.sourcesLoaded());
            assertEquals(2, s.sourcesUnchanged());
            assertEquals(1, quads(store, IRIS.metaGraph(), NodeFactory.createURI(IRIS.base()),
                    NodeFactory.createURI(Vocab.DCTERMS_NS + "modified")).size(), "the build is recorded");
            assertEquals(1, Set.copyOf(lexical(quads(store, Node.ANY, p2, Vocab.DCT_TITLE))).size(),
                    "the two titles are consolidated into one");
            assertEquals(finished.without(IRIS.metaGraph().getURI()::equals).names(),
                    DatasetSnapshot.of(store.datasetGraph()).without(IRIS.metaGraph().getURI()::equals).names(),
                    "the source graphs, and the statistics computed again");
        }
    }

    private static long partition(KgStore store, Node version, Node cls) {
        long[] n = {-1};
        store.select("SELECT ?n WHERE { GRAPH ?g { <" + version.getURI() + "> <" + Vocab.VOID_NS + "classPartition> ?p . "
                + "?p <" + Vocab.VOID_NS + "class> <" + cls.getURI() + "> ; <" + Vocab.VOID_NS + "entities> ?n } }",
                row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    /** The literals of a subject in all graphs, each with its property. */
    private static Set<String> labels(KgStore store, Node subject) {
        Set<String> out = new TreeSet<>();
        quads(store, Node.ANY, subject, Node.ANY).stream().filter(q -> q.getObject().isLiteral())
                .forEach(q -> out.add(q.getPredicate().getLocalName() + " " + q.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static List<String> lexical(List<Quad> quads) {
        return quads.stream().map(q -> q.getObject().getLiteralLexicalForm()).toList();
    }
}
