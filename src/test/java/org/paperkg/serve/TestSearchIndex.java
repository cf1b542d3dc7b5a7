package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.store.KgStore;

class TestSearchIndex {
    private static KgStore store;
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        store = ServeFixture.store();
        index = SearchIndex.build(store.datasetGraph(), new ByteBuffersDirectory());
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    @Test
    void indexesEveryPaperAndEntity() {
        assertEquals(3 + 9, index.size());
    }

    @Test
    void findsEntitiesByLabelAndAliasBeforePapersThatOnlyMentionThem() {
        List<SearchHit> hits = index.search("ImageNet", 10);
        assertEquals(ServeFixture.BASE + "entity/imagenet", hits.get(0).iri());
        assertEquals("Dataset", hits.get(0).kind());
        assertTrue(hits.stream().anyMatch(h -> h.iri().endsWith("paper/55dc2f7520d39a33")));
        assertEquals(ServeFixture.BASE + "entity/lion", index.search("sign momentum", 5).get(0).iri());
    }

    @Test
    void ranksTitleMatchesFirstAndStemsWords() {
        List<SearchHit> hits = index.search("optimizing algorithm", 10);
        assertEquals("Symbolic Discovery of Optimization Algorithms", hits.get(0).label());
        assertEquals("Paper", hits.get(0).kind());
    }

    @Test
    void snippetsMarkMatchesAndEscapePaperText() {
        SearchHit hit = index.search("markup pwned", 5).get(0);
        assertEquals(ServeFixture.BASE + "paper/62e730d31ed3409d", hit.iri());
        assertTrue(hit.snippetHtml().contains("<mark>markup</mark>"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().contains("&lt;script&gt;"), hit.snippetHtml());
        assertFalse(hit.snippetHtml().contains("<script>"), hit.snippetHtml());
    }

    @Test
    void fallsBackToAnyWordAndToleratesQuerySyntax() {
        assertEquals(ServeFixture.BASE + "entity/sgd", index.search("SGD zzzunknownword", 5).get(0).iri());
        assertFalse(index.search("\"Lion (outperforms [", 5).isEmpty());
        assertTrue(index.search("   ", 5).isEmpty());
        assertTrue(index.search("zzzunknownword", 5).isEmpty());
    }
}
