package org.paperkg.store;

import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * How many distinct subjects link to one object with a property: one row of {@link GraphStore#rankObjects}.
 *
 * @param object the object (an IRI)
 * @param subjects distinct subjects that link to it
 */
public record ObjectCount(Node object, long subjects) {

    /** Checks that the object is given and the count is not negative. */
    public ObjectCount {
        Objects.requireNonNull(object, "object");
        if (subjects < 0) {
            throw new IllegalArgumentException("a count is never negative: " + subjects);
        }
    }
}
