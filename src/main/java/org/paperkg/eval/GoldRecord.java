package org.paperkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.paperkg.model.EntityType;

/**
 * One hand-annotated paper of a gold file: what a perfect extractor would report for its title and abstract.
 *
 * @param id the paper's identifier in the annotated input, when it has one
 * @param title the paper title
 * @param entities the gold names per entity type; every type is present, possibly {@link TieredNames#EMPTY}
 * @param proposed names of what the paper itself introduces
 * @param claims the comparative claims of the abstract
 * @param code code or project URLs as written
 */
public record GoldRecord(
        Optional<String> id,
        String title,
        Map<EntityType, TieredNames> entities,
        List<String> proposed,
        List<GoldClaim> claims,
        List<String> code) {

    public GoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        EnumMap<EntityType, TieredNames> copy = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            copy.put(t, entities.getOrDefault(t, TieredNames.EMPTY));
        }
        entities = Collections.unmodifiableMap(copy);
        proposed = List.copyOf(proposed);
        claims = List.copyOf(claims);
        code = List.copyOf(code);
    }

    /** The gold names of one entity type. */
    public TieredNames names(EntityType type) {
        return entities.get(type);
    }
}
