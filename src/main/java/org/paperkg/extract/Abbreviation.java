package org.paperkg.extract;

import java.util.Objects;

/**
 * A long form and the abbreviation defined for it in parentheses, as in "Segment Anything Model (SAM)".
 *
 * @param longForm the spelled-out name as written
 * @param shortForm the abbreviation as written
 * @param sentence index of the sentence that defines the pair
 * @param longStart offset of the long form in the sentence
 * @param shortStart offset of the abbreviation in the sentence
 */
public record Abbreviation(String longForm, String shortForm, int sentence, int longStart, int shortStart) {
    public Abbreviation {
        Objects.requireNonNull(longForm, "longForm");
        Objects.requireNonNull(shortForm, "shortForm");
    }

    /** Whether the long form starts with a capital letter, which makes the pair a proper name. */
    public boolean capitalized() {
        return Character.isUpperCase(longForm.codePointAt(0));
    }
}
