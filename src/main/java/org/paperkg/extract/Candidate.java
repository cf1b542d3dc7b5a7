package org.paperkg.extract;

import java.util.Objects;

/**
 * A word sequence that may name a dataset, model or method, before typing.
 *
 * @param surface the text as written
 * @param sentence index of the sentence
 * @param firstToken index of the first token in the sentence
 * @param endToken index just past the last token
 * @param start offset of the first character in the sentence
 * @param end offset just past the last character in the sentence
 * @param shaped whether the word shape alone marks it as a name (CamelCase, capitals, letters with digits)
 */
public record Candidate(String surface, int sentence, int firstToken, int endToken, int start, int end,
        boolean shaped) {
    public Candidate {
        Objects.requireNonNull(surface, "surface");
        if (endToken <= firstToken || end <= start) {
            throw new IllegalArgumentException("empty candidate '" + surface + "'");
        }
    }
}
