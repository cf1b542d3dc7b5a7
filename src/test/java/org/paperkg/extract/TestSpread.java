package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TestSpread {

    @Test
    void anOddCountHasItsMiddleValueAsMedian() {
        assertEquals(new Spread(2200, 1900, 2500), Spread.of(2500, 1900, 2200));
    }

    @Test
    void anEvenCountHasTheMeanOfItsTwoMiddleValues() {
        assertEquals(new Spread(2100, 1000, 4000), Spread.of(4000, 1000, 2200, 2000));
    }

    @Test
    void oneValueIsItsOwnMedianAndRange() {
        assertEquals(new Spread(7, 7, 7), Spread.of(7));
    }

    @Test
    void theValuesAreLeftAsTheyWere() {
        double[] v = {3, 1, 2};
        Spread.of(v);
        assertArrayEquals(new double[] {3, 1, 2}, v);
    }

    @Test
    void formatGivesTheMedianAndRangeInWholeNumbers() {
        assertEquals(String.format("%,d (%,d-%,d)", 2220, 1148, 3744), Spread.of(1148.4, 2219.6, 3744).format());
    }

    @Test
    void noValuesOrNanAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Spread.of());
        assertThrows(IllegalArgumentException.class, () -> Spread.of(1, Double.NaN));
    }
}
