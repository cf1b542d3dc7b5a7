package org.paperkg.kg;

import java.util.Objects;

/**
 * The result of validating a graph against the paperkg SHACL shapes.
 *
 * @param conforms whether the graph satisfies every shape
 * @param violations how many validation results the validator reported
 * @param text a readable report: "conforms", or one line per result (focus node, path, message), the first
 *     {@link ShapeValidator#MAX_REPORTED} of them sorted, then how many more there are
 */
public record ConformanceReport(boolean conforms, int violations, String text) {
    public ConformanceReport {
        Objects.requireNonNull(text, "text");
        if (violations < 0) {
            throw new IllegalArgumentException("violations must not be negative: " + violations);
        }
    }
}
