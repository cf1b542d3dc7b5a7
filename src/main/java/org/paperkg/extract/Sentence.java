package org.paperkg.extract;

import java.util.Objects;

/**
 * One sentence of a title or abstract, with its character offsets in that section's text (end exclusive).
 *
 * @param index position of the sentence in the document's sentence list
 * @param section whether the sentence is the title or part of the abstract
 * @param start offset of the first character in the section text
 * @param end offset just past the last character in the section text
 * @param text the sentence, verbatim
 */
public record Sentence(int index, Section section, int start, int end, String text) {
    public Sentence {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit the text");
        }
    }

    /** Whether this sentence is the paper title. */
    public boolean isTitle() {
        return section == Section.TITLE;
    }
}
