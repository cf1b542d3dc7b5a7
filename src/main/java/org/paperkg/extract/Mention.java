package org.paperkg.extract;

import java.util.Objects;
import org.paperkg.model.EntityType;

/**
 * A typed mention of an entity in one sentence.
 *
 * @param surface the name as written
 * @param type the entity type decided for this surface in this document
 * @param sentence index of the sentence
 * @param start offset of the first character in the sentence
 * @param end offset just past the last character in the sentence
 */
public record Mention(String surface, EntityType type, int sentence, int start, int end) {
    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
    }
}
