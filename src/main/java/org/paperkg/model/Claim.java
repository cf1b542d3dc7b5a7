package org.paperkg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparative claim stated in an abstract: "subject relation object", with its evidence.
 *
 * <p>{@code sentenceStart} and {@code sentenceEnd} are the character offsets of {@code sentence} in the abstract
 * it came from (end exclusive); {@code confidence} is in [0, 1].
 *
 * @param subject surface name of the entity claimed better, worse or equal; {@link #PROPOSED} for the paper's own
 *     unnamed method
 * @param relation the comparison
 * @param object surface text of what the subject is compared against
 * @param objectNamed whether the object is a proper name rather than a generic phrase
 * @param datasets datasets the claim sentence says the comparison is on
 * @param metric the metric named in the claim sentence
 * @param magnitude the margin as written, e.g. "4.9%"
 * @param sentence the evidence sentence, verbatim
 * @param sentenceStart offset of the sentence in the abstract
 * @param sentenceEnd offset just past the sentence in the abstract
 * @param confidence how sure the extractor is, in [0, 1]
 */
public record Claim(
        String subject,
        Relation relation,
        String object,
        boolean objectNamed,
        List<String> datasets,
        Optional<String> metric,
        Optional<String> magnitude,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        double confidence) {

    /** The subject used for a claim about the paper's own method when the paper gives it no name. */
    public static final String PROPOSED = "(proposed)";

    public Claim {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        datasets = List.copyOf(datasets);
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(magnitude, "magnitude");
        Objects.requireNonNull(sentence, "sentence");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if (sentenceStart < 0 || sentenceEnd < sentenceStart) {
            throw new IllegalArgumentException("bad sentence offsets " + sentenceStart + ".." + sentenceEnd);
        }
    }

    /** The same claim about another subject. */
    public Claim withSubject(String other) {
        return new Claim(other, relation, object, objectNamed, datasets, metric, magnitude, sentence, sentenceStart,
                sentenceEnd, confidence);
    }

    /**
     * The same claim with another confidence.
     *
     * @throws IllegalArgumentException when the confidence is outside [0, 1]
     */
    public Claim withConfidence(double other) {
        return new Claim(subject, relation, object, objectNamed, datasets, metric, magnitude, sentence, sentenceStart,
                sentenceEnd, other);
    }

    /** Whether the subject is the paper's own unnamed method. */
    public boolean subjectIsProposed() {
        return PROPOSED.equals(subject);
    }
}
