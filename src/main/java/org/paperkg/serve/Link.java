package org.paperkg.serve;

import java.util.Objects;

/**
 * A resource of the graph with the text to show for it.
 *
 * @param iri the resource's IRI
 * @param label its label, title or, lacking those, a name made from the IRI
 */
public record Link(String iri, String label) {
    /** Checks that no component is null. */
    public Link {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
    }
}
