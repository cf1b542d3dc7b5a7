package org.paperkg.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperkg.model.Relation;

/**
 * A comparative claim as an annotator wrote it in a gold file.
 *
 * <p>Unlike {@link org.paperkg.model.Claim} it carries no offsets and no confidence. Only relation, subject and
 * object take part in matching; the other fields document the annotation.
 *
 * @param subject surface name of the entity claimed better, worse or equal, or {@code "(proposed)"}
 * @param relation the comparison
 * @param object surface text of what the subject is compared against
 * @param objectNamed whether the object is a proper name
 * @param datasets datasets the claim sentence says the comparison is on
 * @param metric the metric named in the claim sentence
 * @param magnitude the first margin as written
 * @param sentence the claim sentence, verbatim from the abstract
 */
public record GoldClaim(
        String subject,
        Relation relation,
        String object,
        boolean objectNamed,
        List<String> datasets,
        Optional<String> metric,
        Optional<String> magnitude,
        String sentence) {

    public GoldClaim {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        datasets = List.copyOf(datasets);
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(magnitude, "magnitude");
        Objects.requireNonNull(sentence, "sentence");
    }
}
