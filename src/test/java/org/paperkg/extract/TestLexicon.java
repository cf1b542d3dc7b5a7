package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestLexicon {

    @Test
    void numbersWithAUnitAreUnitLikeAndPlainNumbersAreNot() {
        for (String w : List.of("3D", "7B", "10K", "2x", "1.5B", "3-layer", "2d")) {
            assertEquals(true, Lexicon.unitLike(w), w);
        }
        for (String w : List.of("2024", "0.5", "81.2", "10,000", "3D4", "7BCD", "GPT4", "3\u00b5", "1-", "3-D")) {
            assertEquals(false, Lexicon.unitLike(w), w);
        }
    }

    @Test
    void shapeMarksNamesByInnerCapitalsCapitalsOrDigits() {
        for (String w : List.of("ViT", "BERT", "ResNet50", "GPT-4", "\u00c9TAT", "LoRA", "T5")) {
            assertEquals(true, Lexicon.shaped(w), w);
        }
        for (String w : List.of("Transformer", "model", "2024", "3D", "7B", "layer-2", "Self-Attention", "\u00c9cole",
                "caf\u00e9", "--", "Q-Learning", "x2", "3DGS")) {
            assertEquals(false, Lexicon.shaped(w), w);
        }
    }

    @Test
    void containsAnyFindsOneOfTheStringsAnywhereInTheText() {
        List<String> metricWords = List.of("@", " accuracy", " rank");
        assertEquals(true, Lexicon.containsAny("we report top-1 accuracy on imagenet", metricWords));
        assertEquals(true, Lexicon.containsAny("recall@5 improves", metricWords));
        assertEquals(false, Lexicon.containsAny("accuracy improves", metricWords));
        assertEquals(false, Lexicon.containsAny("anything", List.of()));
    }
}
