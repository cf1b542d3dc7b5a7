package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.pipeline.BuildFixture.build;
import static org.paperkg.pipeline.BuildFixture.file;
import static org.paperkg.pipeline.BuildFixture.paper;
import static org.paperkg.pipeline.BuildFixture.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.Vocab;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Relation;
import org.paperkg.store.KgStore;

/**
 * A paper that arrives with two abstracts (two files, or two records of one file) is one paper with one set of
 * claims, those of its longer abstract, whatever the order of loading and across incremental builds.
 */
class TestPaperVersions {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String TITLE = "FooNet for image classification";
    private static final String SHORT = "We propose FooNet. FooNet outperforms ResNet-50 on ImageNet. "
            + "FooNet outperforms AlexNet on CIFAR-10.";
    private static final String LONG = "We propose FooNet, a convolutional network. FooNet outperforms ResNet-50 on "
            + "ImageNet by 2% top-1 accuracy. FooNet also outperforms VGG-16 on CIFAR-100.";
    private static final String OTHER = paper("p2", "BarGAN generates faces",
            "We introduce BarGAN, a generative model. BarGAN outperforms StyleGAN on FFHQ.");

    @TempDir
    Path dir;

    /** The evidence sentences of the paper's claims, each with the abstract version it was derived from. */
    private static Set<String> claims(KgStore store) {
        Node paper = IRIS.paper(PaperKey.ofTitle(TITLE));
        Set<String> out = new TreeSet<>();
        store.select("SELECT ?e ?v WHERE { ?c <" + Vocab.STATED_IN.getURI() + "> <" + paper.getURI() + "> ; <"
                + Vocab.EVIDENCE.getURI() + "> ?e ; <" + Vocab.PROV_WAS_DERIVED_FROM.getURI() + "> ?v }",
                row -> out.add(row.getLiteral("e").getLexicalForm() + " <- " + row.getResource("v").getURI()));
        return out;
    }

    /** The entities FooNet outperforms directly (each also underperforming FooNet), by IRI. */
    private static Set<String> beaten(KgStore store) {
        Node fooNet = IRIS.entity("foonet");
        Node underperforms = Vocab.propertyOf(Relation.UNDERPERFORMS);
        return store.read(() -> {
            Set<String> out = new TreeSet<>();
            store.datasetGraph().getUnionGraph().find(fooNet, Vocab.OUTPERFORMS, Node.ANY).forEachRemaining(t -> {
                assertTrue(store.datasetGraph().getUnionGraph().contains(t.getObject(), underperforms, fooNet),
                        t.toString());
                out.add(t.getObject().getURI());
            });
            Set<String> inverse = new TreeSet<>();
            store.datasetGraph().getUnionGraph().find(Node.ANY, underperforms, fooNet)
                    .forEachRemaining(t -> inverse.add(t.getSubject().getURI()));
            assertEquals(out, inverse, "both directions");
            return out;
        });
    }

    /** What {@code read} gives of a store built from one version of the paper alone. */
    private static Set<String> ofOneVersion(Path dir, String abstractText, Function<KgStore, Set<String>> read)
            throws IOException {
        Path alone = file(dir, "alone.jsonl", paper("x", TITLE, abstractText));
        try (KgStore store = KgStore.inMemory()) {
            build(store, alone);
            return read.apply(store);
        } finally {
            Files.delete(alone);
        }
    }

    @Test
    void twoVersionsInTwoFilesGiveTheClaimsOfTheLongerOnlyAndRebuildingChangesNothing() throws IOException {
        Set<String> expected = ofOneVersion(dir, LONG, TestPaperVersions::claims);
        assertEquals(2, expected.size(), "the longer abstract states two claims: " + expected);
        Set<String> beatenByLong = ofOneVersion(dir, LONG, TestPaperVersions::beaten);
        Path a = file(dir, "a.jsonl", paper("a1", TITLE, SHORT), OTHER);
        Path b = file(dir, "b.jsonl", paper("b1", "FooNet for Image Classification", LONG));
        try (KgStore store = KgStore.inMemory()) {
            build(store, a, b);

            assertEquals(expected, claims(store));
            Node paper = IRIS.paper(PaperKey.ofTitle(TITLE));
            assertEquals(2, store.read(() -> store.datasetGraph().getUnionGraph()
                    .find(paper, Vocab.HAS_ABSTRACT, Node.ANY).toList().size()), "both versions stay as provenance");
            Set<String> beatenByShort = ofOneVersion(dir, SHORT, TestPaperVersions::beaten);
            assertTrue(!beatenByLong.containsAll(beatenByShort), "the shorter abstract beats another entity too");
            assertEquals(beatenByLong, beaten(store),
                    "a direct triple only the shorter abstract stated goes with its claim, both ways");
            DatasetSnapshot first = DatasetSnapshot.of(store.datasetGraph());
            build(store, a, b);
            DatasetSnapshot.assertIsomorphic(first, DatasetSnapshot.of(store.datasetGraph()));
            try (KgStore reversed = KgStore.inMemory()) {
                build(reversed, b, a);
                DatasetSnapshot.assertIsomorphic(sources(store), sources(reversed));
            }
        }
    }

    @Test
    void twoVersionsInOneFileGiveTheClaimsOfTheLongerOnly() throws IOException {
        Set<String> expected = ofOneVersion(dir, LONG, TestPaperVersions::claims);
        Path a = file(dir, "a.jsonl", paper("a1", TITLE, LONG), OTHER, paper("a3", TITLE, SHORT));
        try (KgStore store = KgStore.inMemory()) {
            build(store, a);
            assertEquals(expected, claims(store));
        }
    }

    @Test
    void whenTheWinningVersionLeavesTheOtherVersionsClaimsComeBackAsInAFreshBuild() throws IOException {
        Set<String> shortClaims = ofOneVersion(dir, SHORT, TestPaperVersions::claims);
        assertTrue(!shortClaims.isEmpty(), "the shorter abstract states claims too");
        Path a = file(dir, "a.jsonl", paper("a1", TITLE, SHORT), OTHER);
        Path b = file(dir, "b.jsonl", paper("b1", TITLE, LONG));
        try (KgStore store = KgStore.inMemory()) {
            build(store, a, b);
            file(dir, "b.jsonl", paper("b2", "Sparse attention for long documents",
                    "We propose LongSparse, which outperforms Longformer on arXiv summarization."));

            build(store, a, b);

            assertEquals(shortClaims, claims(store));
            try (KgStore fresh = KgStore.inMemory()) {
                build(fresh, a, b);
                DatasetSnapshot.assertIsomorphic(sources(fresh), sources(store));
            }
        }
    }

    @Test
    void aNewFileWithALongerVersionReplacesTheClaimsAsInAFreshBuild() throws IOException {
        Path a = file(dir, "a.jsonl", paper("a1", TITLE, SHORT), OTHER);
        try (KgStore store = KgStore.inMemory()) {
            build(store, a);
            Path b = file(dir, "b.jsonl", paper("b1", TITLE, LONG));

            build(store, a, b);

            assertEquals(ofOneVersion(dir, LONG, TestPaperVersions::claims), claims(store));
            try (KgStore fresh = KgStore.inMemory()) {
                build(fresh, a, b);
                DatasetSnapshot.assertIsomorphic(sources(fresh), sources(store));
            }
        }
    }
}
