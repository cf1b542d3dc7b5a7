package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestLinearModel {

    @Test
    void probabilityIsTheLogisticOfBiasPlusWeightedFeatures() {
        LinearModel m = LinearModel.of("m", -1, Map.of("a", 2.0, "b", -3.0), 0.5);
        assertEquals(1 / (1 + Math.exp(-1)), m.probability(Map.of("a", 1.0)), 1e-12);
        assertEquals(1 / (1 + Math.exp(4)), m.probability(Map.of("b", 1.0)), 1e-12);
        assertEquals(1 / (1 + Math.exp(1)), m.probability(Map.of("unknown", 5.0)), 1e-12);
        assertTrue(m.accepts(Map.of("a", 1.0)));
        assertFalse(m.accepts(Map.of("b", 1.0)));
        assertFalse(m.withThreshold(0.75).accepts(Map.of("a", 1.0)));
    }

    @Test
    void acceptAllAcceptsEverything() {
        LinearModel m = LinearModel.acceptAll("m");
        assertTrue(m.acceptsAll());
        assertTrue(m.accepts(Map.of("anything", -100.0)));
        assertEquals(1, m.probability(Map.of()));
    }

    @Test
    void writesAndReadsBackTheSameDecisions() throws IOException {
        LinearModel m = LinearModel.of("claims", 0.25, Map.of("cue.result", 1.5, "hedge", -2.0), 0.4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(out.toByteArray()), "mem");
        assertEquals("claims", back.name());
        assertEquals(m.weights(), back.weights());
        assertEquals(m.bias(), back.bias());
        assertEquals(m.threshold(), back.threshold());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        LinearModel.acceptAll("x").write(all);
        assertTrue(LinearModel.read(new ByteArrayInputStream(all.toByteArray()), "mem").acceptsAll());
    }

    @Test
    void rejectsBadModelsWithTheirSource() {
        assertThrows(IllegalArgumentException.class, () -> LinearModel.of("m", 0, Map.of(), 1.5));
        assertThrows(IllegalArgumentException.class, () -> LinearModel.of("m", 0, Map.of("a", Double.NaN), 0.5));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LinearModel.read(
                new ByteArrayInputStream("{\"name\": 3".getBytes(StandardCharsets.UTF_8)), "models/x.json"));
        assertTrue(e.getMessage().startsWith("models/x.json: "), e.getMessage());
    }
}
