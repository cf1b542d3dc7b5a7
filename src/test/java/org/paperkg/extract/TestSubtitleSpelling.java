package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared subtitle matcher, on real titles of the training sets and the corpus. */
class TestSubtitleSpelling {
    private static final SubtitleSpelling HEADS = SubtitleSpelling.builder().joins("and", "of", "via")
            .stops("for", "with").followers("for", "with").words(2, 7).voidOnPunctuation()
            .spelling(SubtitleSpelling.Spelling.NAME_START).build();
    private static final SubtitleSpelling LETTERS = SubtitleSpelling.builder().words(2, Integer.MAX_VALUE)
            .spelling(SubtitleSpelling.Spelling.LETTERS).build();

    @Test
    void aHeadFollowedByForThatSpellsTheNameMatches() {
        // chen2025iclr-gravmad (dev-j), 2020.lrec-1.506 (dev-k)
        assertEquals(Optional.of("Grounded Spatial Value Maps Guided Action Diffusion"), HEADS.match(
                "Grounded Spatial Value Maps Guided Action Diffusion for Generalized 3D Manipulation", "GravMAD"));
        assertEquals(Optional.of("Universal Adaptable Sentiment Lexica"),
                HEADS.match("Universal Adaptable Sentiment Lexica for 1000+ Languages", "UniSent"));
    }

    @Test
    void joinWordsStandInsideOnlyBeforeACapitalisedWord() {
        // dev-f: "LC-Mamba: Local and Continuous Mamba with Shifted Windows for Frame Interpolation"
        assertEquals(Optional.of("Local and Continuous Mamba"),
                HEADS.match("Local and Continuous Mamba with Shifted Windows for Frame Interpolation", "LC-Mamba"));
        assertEquals(Optional.empty(), HEADS.match("Differential Spectral Clustering of Features", "DiSC"));
    }

    @Test
    void aHeadWithNoFollowerPunctuationOrAnotherFirstLetterDoesNotMatch() {
        assertEquals(Optional.empty(), HEADS.match("Differential Spectral Clustering", "DiSC"));
        assertEquals(Optional.empty(), HEADS.match("Cross-image Semantic Correlation, Revisited, for X", "CSC"));
        assertEquals(Optional.empty(), HEADS.match("Spectral Graph-Based Transformer for Hands", "GSTN"));
    }

    @Test
    void lettersSpellingTakesTheWholeRunWhenEveryWordIsInTheName() {
        // zehle2025automl-capo (corpus); MGSfM and STRAP (corpus) leave words out of the name
        assertEquals("Cost-Aware Prompt Optimization",
                LETTERS.match("Cost-Aware Prompt Optimization", "CAPO").orElse(""));
        assertTrue(LETTERS.match("Multi-Camera Geometry Driven Global Structure-from-Motion", "MGSfM").isEmpty());
        assertTrue(LETTERS.match("Spatio-Temporal Pattern Retrieval for Out-of-Distribution Generalization", "STRAP")
                .isEmpty());
        assertTrue(LETTERS.match("Simple Avatar Generation", "SimAvatar").isEmpty());
    }

    @Test
    void anExtenderLeadsOnToALongerPhraseOnlyWhenTheShortOneDoesNotSpell() {
        // dev-e: "CSC-PA: Cross-image Semantic Correlation via Prototype Attentions for ..."
        SubtitleSpelling descriptors = SubtitleSpelling.builder().skipArticle().stops("via", "for", "with")
                .extenders(java.util.Set.of("via", "with")).build();
        String subtitle = "Cross-image Semantic Correlation via Prototype Attentions for Breast Tumor Segmentation";
        assertEquals("Cross-image Semantic Correlation", descriptors.head(subtitle));
        assertEquals(Optional.of("Cross-image Semantic Correlation via Prototype Attentions"),
                descriptors.match(subtitle, "CSC-PA"));
        assertEquals(Optional.of("Cross-image Semantic Correlation"), descriptors.match(subtitle, "CSC"));
        assertEquals("Unified Knowledge Protocol", descriptors.head("A Unified Knowledge Protocol with Graphs"));
    }

    @Test
    void theBuilderRejectsBadLimitsAndUpperCaseStops() {
        assertThrows(IllegalArgumentException.class, () -> SubtitleSpelling.builder().words(3, 2).build());
        assertThrows(IllegalArgumentException.class, () -> SubtitleSpelling.builder().words(0, 2).build());
        assertThrows(IllegalArgumentException.class, () -> SubtitleSpelling.builder().stops("For").build());
        assertFalse(HEADS.spells("", "X"));
    }
}
