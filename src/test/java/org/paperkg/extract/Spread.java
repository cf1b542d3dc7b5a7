package org.paperkg.extract;

import java.util.Arrays;

/**
 * The median and range of some measurements, for reporting benchmark rounds.
 *
 * <pre>{@code
 * Spread.of(2200, 2500, 1900).median();   // 2200.0
 * }</pre>
 *
 * @param median the middle value, or the mean of the two middle values of an even count
 * @param min the smallest value
 * @param max the largest value
 */
record Spread(double median, double min, double max) {
    /**
     * The spread of the given values; the array is not changed.
     *
     * @throws IllegalArgumentException when there are no values or one is NaN
     */
    static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        if (Double.isNaN(v[v.length - 1])) {
            throw new IllegalArgumentException("a spread of values with NaN: " + Arrays.toString(values));
        }
        int mid = v.length / 2;
        double median = v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
        return new Spread(median, v[0], v[v.length - 1]);
    }

    /** The median with the range, as in "2,220 (1,148-3,744)", rounded to whole numbers. */
    String format() {
        return String.format("%,.0f (%,.0f-%,.0f)", median, min, max);
    }
}
