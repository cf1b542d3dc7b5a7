package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

/** The tagger's decoding with hand-set weights, on sentences of data/daily-papers. */
class TestMentionTagger {
    private static final TokenFeatures FEATURES = new TokenFeatures(10);
    private static final Document FLOWFORMER = StageFixture.run("Flowformer: Linearizing Transformers with"
            + " Conservation Flows", "Empowered by the Flow-Attention, Flowformer yields strong performance in linear"
            + " time for wide areas.");

    /** Weights for classes O, B_MODEL, I_MODEL in which every feature adds the given amount to each class. */
    private static MentionTagger uniform(double o, double b, double i) {
        double[] w = new double[FEATURES.dimension() * 3];
        for (int f = 0; f < FEATURES.dimension(); f++) {
            w[3 * f] = o;
            w[3 * f + 1] = b;
            w[3 * f + 2] = i;
        }
        return MentionTagger.of(FEATURES, List.of(MentionLabel.O, MentionLabel.B_MODEL, MentionLabel.I_MODEL), w);
    }

    @Test
    void aNameIsNeverContinuedAfterAnOutsideToken() {
        MentionTagger continuing = uniform(0, 0, 1);
        for (TokenFeatures.Prepared p : FEATURES.prepare(FLOWFORMER)) {
            assertTrue(continuing.labels(p).stream().allMatch(l -> l == MentionLabel.O), "I_MODEL after O");
        }
        assertEquals(List.of(), continuing.tag(FLOWFORMER));
    }

    @Test
    void tokensThatBeginAndContinueFormOneNamePerSentenceWithItsSurfaceAndProbability() {
        MentionTagger everything = uniform(0, 0.1, 0.2);
        List<MentionTagger.Name> names = everything.tag(FLOWFORMER);
        assertEquals(2, names.size());
        MentionTagger.Name title = names.get(0);
        assertEquals("Flowformer: Linearizing Transformers with Conservation Flows", title.surface());
        assertEquals(EntityType.MODEL, title.type());
        assertEquals(0, title.sentence());
        assertTrue(title.probability() > 1.0 / 3 && title.probability() < 0.5, String.valueOf(title.probability()));
        assertEquals(1, names.get(1).sentence());
        assertTrue(names.get(1).surface().startsWith("Empowered by the Flow-Attention,"));
    }

    @Test
    void strongestKeepsTheMostProbableOccurrenceOfEachNormalisedName() {
        MentionTagger.Name weak = new MentionTagger.Name("Flow-Attention", EntityType.METHOD, 0.4, 1, 0, 14);
        MentionTagger.Name strong = new MentionTagger.Name("Flow Attention", EntityType.MODEL, 0.9, 2, 0, 14);
        MentionTagger.Name other = new MentionTagger.Name("Flowformer", EntityType.MODEL, 0.5, 1, 20, 30);
        assertEquals(List.of(strong, other), MentionTagger.strongest(List.of(weak, other, strong)));
    }

    @Test
    void rejectsWeightsThatDoNotFit() {
        List<MentionLabel> classes = List.of(MentionLabel.O, MentionLabel.B_DATASET);
        assertThrows(IllegalArgumentException.class, () -> MentionTagger.of(FEATURES, classes, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> MentionTagger.of(FEATURES,
                List.of(MentionLabel.B_MODEL, MentionLabel.I_MODEL), new double[2 * FEATURES.dimension()]));
        double[] nan = new double[2 * FEATURES.dimension()];
        Arrays.fill(nan, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> MentionTagger.of(FEATURES, classes, nan));
    }
}
