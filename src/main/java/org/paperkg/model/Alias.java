package org.paperkg.model;

import java.util.Objects;

/**
 * Two surface forms that name one entity in one abstract, such as a long form and its abbreviation:
 * "Segment Anything Model (SAM)" gives {@code Alias("Segment Anything Model", "SAM")}.
 *
 * @param longForm the spelled-out name
 * @param shortForm the abbreviation or short name
 */
public record Alias(String longForm, String shortForm) {
    public Alias {
        Objects.requireNonNull(longForm, "longForm");
        Objects.requireNonNull(shortForm, "shortForm");
    }
}
