package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperkg.pipeline.BuildFixture.build;
import static org.paperkg.pipeline.BuildFixture.file;
import static org.paperkg.pipeline.BuildFixture.paper;
import static org.paperkg.pipeline.BuildFixture.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.Vocab;
import org.paperkg.model.PaperKey;
import org.paperkg.store.KgStore;

/**
 * Listings that share an arXiv identifier are one paper although their titles differ, named by the smallest key
 * of their titles, whatever the order of loading; a build that adds or replaces the source that joined them gives
 * the graph a fresh build of the same input gives.
 */
class TestPaperIdentity {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String V1 = "FooNet: sparse kernels for image classification";
    private static final String V2 = "FooNet: Efficient Image Classification with Sparse Kernels";
    private static final String ARXIV = "2401.00001";
    private static final String SHORT = "We propose FooNet. FooNet outperforms ResNet-50 on ImageNet.";
    private static final String LONG = "We propose FooNet, a sparse convolutional network. FooNet outperforms "
            + "ResNet-50 on ImageNet by 2% top-1 accuracy. FooNet also outperforms VGG-16 on CIFAR-100.";
    private static final String OTHER = paper("p2", "2401.00009", "BarGAN generates faces",
            "We introduce BarGAN, a generative model. BarGAN outperforms StyleGAN on FFHQ.");

    @TempDir
    Path dir;

    private static DatasetSnapshot fresh(Path... files) {
        try (KgStore store = KgStore.inMemory()) {
            build(store, files);
            return sources(store);
        }
    }

    /** Every paper in the union with its identifiers, e.g. "paper/abc… [abc…]". */
    private static Set<String> papers(KgStore store) {
        Set<String> out = new TreeSet<>();
        store.select("SELECT ?p (GROUP_CONCAT(DISTINCT ?k; separator=' ') AS ?ks) WHERE { ?p a <"
                + Vocab.PAPER.getURI() + "> ; <" + Vocab.DCT_IDENTIFIER.getURI() + "> ?k } GROUP BY ?p",
                row -> out.add(row.getResource("p").getURI().substring(IRIS.base().length()) + " ["
                        + row.getLiteral("ks").getLexicalForm() + "]"));
        return out;
    }

    private static String expected(String key) {
        return "paper/" + key + " [" + key + "]";
    }

    private static String joinedKey() {
        String k1 = PaperKey.ofTitle(V1);
        String k2 = PaperKey.ofTitle(V2);
        return k1.compareTo(k2) < 0 ? k1 : k2;
    }

    private static String otherKey() {
        return PaperKey.ofTitle("BarGAN generates faces");
    }

    @Test
    void twoTitlesWithOneArxivIdAreOnePaperWhateverTheOrder() throws IOException {
        Path a = file(dir, "a.jsonl", paper("a1", ARXIV, V1, SHORT), OTHER);
        Path b = file(dir, "b.jsonl", paper("b1", "arXiv:" + ARXIV + "v2", V2, LONG));
        try (KgStore store = KgStore.inMemory()) {
            build(store, a, b);

            assertEquals(Set.of(expected(joinedKey()), expected(otherKey())), papers(store));
            Set<String> titles = new TreeSet<>();
            store.select("SELECT ?t WHERE { <" + IRIS.paper(joinedKey()).getURI() + "> <" + Vocab.DCT_TITLE.getURI()
                    + "> ?t }", row -> titles.add(row.getLiteral("t").getLexicalForm()));
            assertEquals(1, titles.size(), "one title after consolidation: " + titles);
            DatasetSnapshot.assertIsomorphic(sources(store), fresh(b, a));
        }
    }

    @Test
    void aSourceThatJoinsTwoTitlesAndItsReplacementThatSplitsThemGiveWhatAFreshBuildGives() throws IOException {
        Path a = file(dir, "a.jsonl", paper("a1", ARXIV, V1, SHORT), OTHER);
        Path b = file(dir, "b.jsonl", paper("b1", ARXIV, V2, LONG));
        try (KgStore store = KgStore.inMemory()) {
            build(store, a);
            build(store, a, b);
            assertEquals(Set.of(expected(joinedKey()), expected(otherKey())), papers(store));
            DatasetSnapshot.assertIsomorphic(fresh(a, b), sources(store));

            file(dir, "b.jsonl", paper("b1", "2401.00002", V2, LONG));
            build(store, a, b);

            assertEquals(Set.of(expected(PaperKey.ofTitle(V1)), expected(PaperKey.ofTitle(V2)), expected(otherKey())),
                    papers(store));
            DatasetSnapshot.assertIsomorphic(fresh(a, b), sources(store));
        }
    }

    @Test
    void aListingWithoutIdJoinsThroughTheTitleOfAJoinedPaper() throws IOException {
        Path a = file(dir, "a.jsonl", paper("a1", ARXIV, V1, SHORT), OTHER);
        Path b = file(dir, "b.jsonl", paper("b1", ARXIV, V2, LONG));
        Path c = file(dir, "c.jsonl", paper("c1", V1.toUpperCase(java.util.Locale.ROOT), SHORT),
                paper("c2", V2, LONG));
        try (KgStore store = KgStore.inMemory()) {
            build(store, a, b);
            build(store, a, b, c);

            assertEquals(Set.of(expected(joinedKey()), expected(otherKey())), papers(store));
            DatasetSnapshot.assertIsomorphic(fresh(c, b, a), sources(store));
        }
    }

    @Test
    void rebuildingTheSameInputChangesNothing() throws IOException {
        Path a = file(dir, "a.jsonl", paper("a1", ARXIV, V1, SHORT), OTHER, paper("a3", ARXIV, V2, LONG));
        try (KgStore store = KgStore.inMemory()) {
            build(store, a);
            DatasetSnapshot first = DatasetSnapshot.of(store.datasetGraph());

            build(store, a);

            DatasetSnapshot.assertIsomorphic(first, DatasetSnapshot.of(store.datasetGraph()));
            assertEquals(Set.of(expected(joinedKey()), expected(otherKey())), papers(store));
        }
    }
}
