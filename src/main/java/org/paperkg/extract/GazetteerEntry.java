package org.paperkg.extract;

import java.util.List;
import java.util.Objects;
import org.paperkg.model.EntityType;

/**
 * One well-known entity in the {@link Gazetteer}: its canonical name, type, spelling variants and public identifiers.
 *
 * @param name the canonical name, e.g. "CIFAR-10"
 * @param type what kind of entity it is
 * @param aliases other names and spellings, e.g. "CIFAR10"
 * @param iris external identifiers as IRIs, e.g. {@code http://www.wikidata.org/entity/Q24901201}
 */
public record GazetteerEntry(String name, EntityType type, List<String> aliases, List<String> iris) {
    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        iris = List.copyOf(iris);
    }
}
