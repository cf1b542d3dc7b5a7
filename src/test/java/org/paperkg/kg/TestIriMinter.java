package org.paperkg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Relation;

class TestIriMinter {

    private static final IriMinter IRIS = IriMinter.of("https://kg.example.org/pkg/");
    private static final String KEY = PaperKey.ofTitle("Symbolic Discovery of Optimization Algorithms");

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:3030/", "https://kg.example.org/pkg/", "HTTP://Example.org/"})
    void acceptsAbsoluteWebBasesEndingWithSlash(String base) {
        assertEquals(base, IriMinter.of(base).base());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kg/", "/kg/", "ftp://example.org/", "urn:x:y/", "http://example.org",
        "http://example.org/kg", "http://example.org/?q=1/", "http://example.org/#x/", "http:///kg/",
        "http://exa mple.org/"})
    void rejectsBadBasesWithAClearMessage(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IriMinter.of(base));
        assertTrue(e.getMessage().contains("base IRI '" + base + "'"), e.getMessage());
    }

    @Test
    void defaultBaseIsTheLocalServer() {
        assertEquals("http://127.0.0.1:3030/", IriMinter.defaultBase().base());
    }

    @Test
    void mintsTheSpecTable() {
        String b = "https://kg.example.org/pkg/";
        assertEquals(b + "paper/" + KEY, IRIS.paper(KEY).getURI());
        assertEquals(b + "paper/" + KEY + "/abstract/" + PaperKey.hash("An abstract."),
                IRIS.abstractVersion(KEY, "An abstract.").getURI());
        assertEquals(b + "paper/" + KEY + "/proposed", IRIS.proposed(KEY).getURI());
        String src = "data/daily-papers/2023-02-14.txt";
        assertEquals(b + "source/" + PaperKey.hash(src), IRIS.source(src).getURI());
        assertEquals(b + "source/" + PaperKey.hash(src) + "/12", IRIS.listing(src, 12).getURI());
        assertEquals(b + "graph/source/" + PaperKey.hash(src), IRIS.sourceGraph(src).getURI());
        assertEquals(b + "graph/meta", IRIS.metaGraph().getURI());
        assertEquals(b + "extractor/0.1.0", IRIS.extractor("0.1.0").getURI());
    }

    @Test
    void entitySlugsFollowTheSpec() {
        assertEquals("https://kg.example.org/pkg/entity/gpt4", IRIS.entity("GPT-4").getURI());
        assertEquals(IRIS.entity("GPT4"), IRIS.entity("gpt-4"));
        assertEquals(IRIS.entity("LLaMA-2"), IRIS.entity("Llama 2"));
        assertEquals("cifar10", IriMinter.entitySlug("CIFAR-10"));
        String unicode = "Über-Net";
        assertEquals("h" + PaperKey.hash(PaperKey.normalize(unicode)), IriMinter.entitySlug(unicode));
        String longName = "a".repeat(65);
        assertEquals("h" + PaperKey.hash(longName), IriMinter.entitySlug(longName));
        assertEquals("a".repeat(64), IriMinter.entitySlug("a".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> IRIS.entity("+-+"));
    }

    @Test
    void claimIriHashesTheSpecFields() {
        String abs = "Lion beats AdamW.";
        Claim c = new Claim("Lion", Relation.OUTPERFORMS, "AdamW", true, List.of(), Optional.empty(),
                Optional.empty(), abs, 0, abs.length(), 0.9);
        String id = KEY + "|" + PaperKey.hash(abs) + "|0|Lion|outperforms|AdamW";
        assertEquals("https://kg.example.org/pkg/claim/" + PaperKey.hash(id), IRIS.claim(KEY, abs, c).getURI());
    }

    @Test
    void codeIsTheUrlWhenItIsAWebIriElseMinted() {
        assertEquals("https://github.com/google/automl", IRIS.code("https://github.com/google/automl").getURI());
        assertEquals("https://kg.example.org/pkg/code/" + PaperKey.hash("github.com/google/automl"),
                IRIS.code("github.com/google/automl").getURI());
        assertEquals("https://kg.example.org/pkg/code/" + PaperKey.hash("https://git hub.com/x"),
                IRIS.code("https://git hub.com/x").getURI());
        assertTrue(IriMinter.isWebIri("http://example.org/a?b=c"));
        assertFalse(IriMinter.isWebIri("mailto:someone@example.org"));
    }

    @Test
    void rejectsBadPaperKeysRecordsAndVersions() {
        assertThrows(IllegalArgumentException.class, () -> IRIS.paper("not-a-key"));
        assertThrows(IllegalArgumentException.class, () -> IRIS.listing("s", -1));
        assertThrows(IllegalArgumentException.class, () -> IRIS.extractor("1.0 beta"));
        assertThrows(IllegalArgumentException.class, () -> new Provenance("", Instant.EPOCH));
    }

    @Test
    void resolvedEntityRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new ResolvedEntity(" ", "x", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ResolvedEntity("X", "--", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ResolvedEntity("X", "x", List.of("Q42")));
        ResolvedEntity r = EntityResolver.identity().resolve("GPT-4", EntityType.MODEL);
        assertEquals(new ResolvedEntity("GPT-4", "gpt4", List.of()), r);
    }
}
