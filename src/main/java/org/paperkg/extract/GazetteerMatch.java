package org.paperkg.extract;

import java.util.Objects;

/**
 * A word sequence in one sentence that names a {@link Gazetteer} entry.
 *
 * @param surface the text as written
 * @param entry the entry it names
 * @param sentence index of the sentence
 * @param firstToken index of the first token
 * @param endToken index just past the last token
 * @param start offset of the first character in the sentence
 * @param end offset just past the last character in the sentence
 */
public record GazetteerMatch(String surface, GazetteerEntry entry, int sentence, int firstToken, int endToken,
        int start, int end) {
    public GazetteerMatch {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entry, "entry");
    }
}
