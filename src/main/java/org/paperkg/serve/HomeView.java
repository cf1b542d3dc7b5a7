package org.paperkg.serve;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the home page shows.
 *
 * @param counts numbers of papers, claims and entities of each kind, by display name, in display order
 * @param top the most-mentioned entities of each kind (Dataset, Model, Method), each with its number of papers
 * @param recentClaims the most recently extracted claims
 */
public record HomeView(Map<String, Long> counts, Map<String, List<Ranked>> top, List<ClaimView> recentClaims) {
    /** Checks that no component is null. */
    public HomeView {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(top, "top");
        recentClaims = List.copyOf(recentClaims);
    }

    /**
     * An entity with a number of papers.
     *
     * @param entity the entity
     * @param papers how many papers mention it
     */
    public record Ranked(Link entity, long papers) {
        /** Checks that no component is null. */
        public Ranked {
            Objects.requireNonNull(entity, "entity");
        }
    }
}
