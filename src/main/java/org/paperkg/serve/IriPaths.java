package org.paperkg.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * The mapping between the graph's IRIs, minted under a base IRI, and the server's local paths: the resource
 * {@code {base}entity/lion} is served at {@code /entity/lion} whatever the base, so a public base IRI maps onto the
 * same paths as the default local one.
 *
 * @param base the base IRI, ending with '/'
 */
public record IriPaths(String base) {
    /** Checks that the base ends with '/'. */
    public IriPaths {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base IRI must end with '/': " + base);
        }
    }

    /** The IRI a local path such as {@code /entity/lion} names. */
    public String iriOf(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The local path of an IRI under the base, e.g. {@code /entity/lion}; empty for other IRIs. */
    public Optional<String> pathOf(String iri) {
        return iri.startsWith(base) ? Optional.of("/" + iri.substring(base.length())) : Optional.empty();
    }

    /** Where a link to an IRI should point: its local path when it is under the base, else the IRI itself. */
    public String href(String iri) {
        return pathOf(iri).orElse(iri);
    }
}
