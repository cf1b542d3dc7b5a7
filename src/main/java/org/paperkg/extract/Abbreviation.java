package org.paperkg.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "from", "and", "with", "the", "in", "on",
            "to", "a", "an", "via", "by");

    public Abbreviation {
        Objects.requireNonNull(longForm, "longForm");
        Objects.requireNonNull(shortForm, "shortForm");
    }

    /**
     * The other form of this pair when the name (as a {@link Keys} key) is one of its two forms: the abbreviation of
     * the long form, the long form of the abbreviation; empty otherwise.
     */
    public Optional<String> partnerOf(String key) {
        if (key.equals(Keys.of(longForm))) {
            return Optional.of(shortForm);
        }
        return key.equals(Keys.of(shortForm)) ? Optional.of(longForm) : Optional.empty();
    }

    /**
     * Whether the long form is written as a proper name: at least two thirds of its words, not counting short
     * function words, start with a capital ("Multi-Task Learning", but not "Knowledge graphs" at a sentence start).
     */
    public boolean capitalized() {
        int words = 0;
        int caps = 0;
        int n = longForm.length();
        int i = 0;
        while (i < n) {
            while (i < n && Lexicon.isSpace(longForm.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Lexicon.isSpace(longForm.charAt(i))) {
                i++;
            }
            if (i == start || i - start <= 4 && FUNCTION_WORDS.contains(longForm.substring(start, i))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(longForm.codePointAt(start))) {
                caps++;
            }
        }
        return words > 0 && caps * 3 >= words * 2;
    }
}
