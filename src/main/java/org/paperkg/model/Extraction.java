package org.paperkg.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the extractor found in one paper's title and abstract.
 *
 * <p>Names are surface forms as written, each listed once per field. This is the record behind one line of
 * {@code paperkg extract} output.
 *
 * @param id the paper's identifier (the input's id, else the paper key)
 * @param title the paper title
 * @param entities surface names per entity type; every type is present, possibly with an empty list
 * @param proposed names of what the paper itself introduces
 * @param code code or project URLs as written
 * @param claims comparative claims
 * @param aliases long-form/short-form pairs that name one entity
 */
public record Extraction(
        String id,
        String title,
        Map<EntityType, List<String>> entities,
        List<String> proposed,
        List<String> code,
        List<Claim> claims,
        List<Alias> aliases) {

    public Extraction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        EnumMap<EntityType, List<String>> copy = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            copy.put(t, List.copyOf(entities.getOrDefault(t, List.of())));
        }
        entities = java.util.Collections.unmodifiableMap(copy);
        proposed = List.copyOf(proposed);
        code = List.copyOf(code);
        claims = List.copyOf(claims);
        aliases = List.copyOf(aliases);
    }

    /** The surface names found for one entity type. */
    public List<String> names(EntityType type) {
        return entities.get(type);
    }
}
