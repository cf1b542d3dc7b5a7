package org.paperkg.serve;

import java.util.List;
import java.util.Objects;

/**
 * A research entity as shown in its page.
 *
 * @param entity the entity and its preferred label
 * @param types the local names of its classes, e.g. {@code Dataset}
 * @param aliases its alternative labels
 * @param sameAs its external identifiers (IRIs)
 * @param papers the papers that mention it (up to a limit)
 * @param paperCount how many papers mention it in all
 * @param wins claims in which it comes out ahead
 * @param losses claims in which it comes out behind
 * @param ties claims in which it is comparable
 */
public record EntityView(Link entity, List<String> types, List<String> aliases, List<String> sameAs, List<Link> papers,
        long paperCount, List<ClaimView> wins, List<ClaimView> losses, List<ClaimView> ties) {
    /** Checks that no component is null and copies the lists. */
    public EntityView {
        Objects.requireNonNull(entity, "entity");
        types = List.copyOf(types);
        aliases = List.copyOf(aliases);
        sameAs = List.copyOf(sameAs);
        papers = List.copyOf(papers);
        wins = List.copyOf(wins);
        losses = List.copyOf(losses);
        ties = List.copyOf(ties);
    }
}
