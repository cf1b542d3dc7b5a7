package org.paperkg.eval;

/**
 * The counts of one field, summed over papers, and the precision, recall and F1 they give.
 *
 * <p>{@code truePositives} are core gold items that were predicted; {@code optionalHits} are predicted items that
 * match only an optional gold item; {@code falsePositives} are predicted items that match no gold item;
 * {@code falseNegatives} are core gold items that were not predicted. Following the annotation guide, a
 * prediction matching a core or an optional item is correct, and recall counts core items only:
 * precision = (tp + optionalHits) / (tp + optionalHits + fp) and recall = tp / (tp + fn). A ratio with a zero
 * denominator is 1 (nothing predicted means no wrong prediction; nothing to find means nothing missed).
 *
 * @param truePositives core items found
 * @param optionalHits predicted items matching an optional item
 * @param falsePositives predicted items matching nothing
 * @param falseNegatives core items missed
 */
public record FieldScore(long truePositives, long optionalHits, long falsePositives, long falseNegatives) {

    /** All counts zero. */
    public static final FieldScore ZERO = new FieldScore(0, 0, 0, 0);

    public FieldScore {
        if (truePositives < 0 || optionalHits < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The sum of two scores, for micro-averaging. */
    public FieldScore plus(FieldScore other) {
        return new FieldScore(truePositives + other.truePositives, optionalHits + other.optionalHits,
                falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
    }

    /** The share of predicted items that match a core or optional gold item. */
    public double precision() {
        long correct = truePositives + optionalHits;
        return ratio(correct, correct + falsePositives);
    }

    /** The share of core gold items that were predicted. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(long num, long den) {
        return den == 0 ? 1.0 : (double) num / den;
    }
}
