package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.GazetteerEntry;
import org.paperkg.kg.ResolvedEntity;
import org.paperkg.model.EntityType;

class TestGazetteerResolver {
    private final GazetteerResolver resolver = new GazetteerResolver(Gazetteer.of(List.of(
            new GazetteerEntry("GPT-4", EntityType.MODEL, List.of("GPT4"), List.of("https://example.org/id/gpt-4")),
            new GazetteerEntry("GAN", EntityType.METHOD, List.of("Generative Adversarial Network"), List.of()))));

    @Test
    void spellingVariantsResolveToTheCanonicalEntryWithItsIdentifiers() {
        ResolvedEntity r = resolver.resolve("GPT4", EntityType.MODEL);
        assertEquals("GPT-4", r.canonical());
        assertEquals("gpt4", r.key());
        assertEquals(List.of("https://example.org/id/gpt-4"), r.sameAs());
    }

    @Test
    void acronymPluralsNameTheSingularEntity() {
        assertEquals("gan", resolver.resolve("GANs", EntityType.METHOD).key());
        assertEquals("GAN", resolver.resolve("GANs", EntityType.METHOD).canonical());
        ResolvedEntity llms = resolver.resolve("LLMs", EntityType.MODEL);
        assertEquals("llm", llms.key());
        assertEquals("LLMs", llms.canonical());
    }

    @Test
    void otherNamesStandForThemselvesAndDistinctThingsStayDistinct() {
        assertEquals("gpt4v", resolver.resolve("GPT-4V", EntityType.MODEL).key());
        assertEquals("sam2", resolver.resolve("SAM 2", EntityType.MODEL).key());
        assertEquals("atlas", resolver.resolve("Atlas", EntityType.MODEL).key());
        assertEquals("resnets", resolver.resolve("resnets", EntityType.METHOD).key());
    }
}
