package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TestPipeline {

    @Test
    void rejectsAStageWhoseInputsAreMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.builder().add(new Tokenizer()));
        assertEquals("Tokenizer requires layer 'sentences', which no earlier stage provides", e.getMessage());
    }

    @Test
    void rejectsTwoStagesProvidingTheSameLayer() {
        assertThrows(IllegalArgumentException.class,
                () -> Pipeline.builder().add(new SentenceSplitter()).add(new SentenceSplitter()));
    }

    @Test
    void documentLayersAreWriteOnce() {
        Document d = Pipeline.builder().add(new SentenceSplitter()).build().run("T", "One. Two.");
        assertEquals(3, d.get(Layers.SENTENCES).size());
        assertThrows(IllegalStateException.class, () -> d.put(Layers.SENTENCES, java.util.List.of()));
        assertThrows(IllegalStateException.class, () -> d.get(Layers.TOKENS));
    }
}
