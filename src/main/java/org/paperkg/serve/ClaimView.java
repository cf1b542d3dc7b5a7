package org.paperkg.serve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparative claim as shown in pages.
 *
 * @param iri the claim's IRI
 * @param subject the entity (or proposed-method node) the claim is about
 * @param relation the local name of the relation: {@code outperforms}, {@code comparableTo} or {@code underperforms}
 * @param object the compared entity, when the object is named and linked
 * @param objectText the object as written in the text
 * @param datasets the datasets of the comparison
 * @param magnitude the margin as written, or empty
 * @param evidence the evidence sentence
 * @param confidence the extractor's confidence in [0, 1]
 * @param paper the paper that states the claim
 */
public record ClaimView(String iri, Link subject, String relation, Optional<Link> object, String objectText,
        List<Link> datasets, String magnitude, String evidence, double confidence, Link paper) {
    /** Checks that no component is null and copies the list. */
    public ClaimView {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(objectText, "objectText");
        datasets = List.copyOf(datasets);
        Objects.requireNonNull(magnitude, "magnitude");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(paper, "paper");
    }

    /** The relation as words, e.g. {@code "outperforms"} or {@code "is comparable to"}. */
    public String relationWords() {
        return switch (relation) {
            case "comparableTo" -> "is comparable to";
            case "underperforms" -> "underperforms";
            default -> "outperforms";
        };
    }
}
