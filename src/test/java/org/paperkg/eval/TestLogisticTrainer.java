package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.LinearModel;

class TestLogisticTrainer {
    private final LogisticTrainer trainer = new LogisticTrainer();

    @Test
    void learnsWhichFeatureMarksTheRightItems() {
        List<Example> xs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            xs.add(new Example(Map.of("good", 1.0, "noise" + (i % 3), 1.0), true));
            xs.add(new Example(Map.of("bad", 1.0, "noise" + (i % 3), 1.0), false));
        }
        LinearModel m = trainer.train("t", xs, 1, 0.5);
        assertTrue(m.weights().get("good") > 0, m.weights().toString());
        assertTrue(m.weights().get("bad") < 0, m.weights().toString());
        assertTrue(m.accepts(Map.of("good", 1.0)));
        assertFalse(m.accepts(Map.of("bad", 1.0)));
    }

    @Test
    void theFirstExamplesLabelDoesNotFlipTheWeights() {
        List<Example> xs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            xs.add(new Example(Map.of("bad", 1.0), false));
            xs.add(new Example(Map.of("good", 1.0), true));
        }
        assertTrue(trainer.train("t", xs, 1, 0.5).accepts(Map.of("good", 1.0)));
    }

    @Test
    void oneLabelOnlyGivesACertainModel() {
        LinearModel m = trainer.train("t", List.of(new Example(Map.of("a", 1.0), true)), 1, 0.5);
        assertTrue(m.accepts(Map.of()));
        assertFalse(trainer.train("t", List.of(new Example(Map.of(), false)), 1, 0.5).accepts(Map.of("a", 1.0)));
    }

    @Test
    void trainingIsDeterministic() {
        List<Example> xs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            xs.add(new Example(Map.of("f" + (i % 4), 1.0, "g", i / 30.0), i % 3 != 0));
        }
        assertEquals(trainer.train("t", xs, 0.3, 0.5).weights(), trainer.train("t", xs, 0.3, 0.5).weights());
    }

    @Test
    void refusesNoExamplesAndNonPositiveCost() {
        assertThrows(IllegalArgumentException.class, () -> trainer.train("t", List.of(), 1, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> trainer.train("t", List.of(new Example(Map.of(), true)), 0, 0.5));
    }
}
