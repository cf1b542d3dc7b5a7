package org.paperkg.serve;

import java.util.List;
import java.util.Objects;

/**
 * An entity a paper mentions, with the names it may appear under in the text.
 *
 * @param entity the entity and its preferred label
 * @param type the local name of its class, e.g. {@code Dataset}
 * @param names its preferred and alternative labels
 * @param proposed whether the paper proposes it
 */
public record Mention(Link entity, String type, List<String> names, boolean proposed) {
    /** Checks that no component is null and copies the list. */
    public Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
    }
}
