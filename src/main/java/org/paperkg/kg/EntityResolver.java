package org.paperkg.kg;

import java.util.List;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperKey;

/**
 * The resolver of a surface name, as written in an abstract, to the entity it denotes.
 *
 * <p>The pipeline adapts the extractor's gazetteer to this interface, so that spelling variants of a known
 * entity ("GPT4", "GPT-4") get one canonical name and the gazetteer's external identifiers. Implementations are
 * thread-safe.
 *
 * <pre>{@code
 * ResolvedEntity r = EntityResolver.identity().resolve("ImageNet", EntityType.DATASET);
 * // r.canonical() = "ImageNet", r.key() = "imagenet", r.sameAs() = []
 * }</pre>
 */
@FunctionalInterface
public interface EntityResolver {

    /**
     * Resolves a surface name of an entity of a given type.
     *
     * @param surfaceName the name as written; contains a letter or digit
     * @param type the type the extractor gave the name
     */
    ResolvedEntity resolve(String surfaceName, EntityType type);

    /**
     * The resolver that knows no entity: the canonical name is the surface name itself, the key its
     * {@link PaperKey#normalize(String)}, and there are no external identifiers.
     */
    static EntityResolver identity() {
        return (surfaceName, type) -> new ResolvedEntity(surfaceName, PaperKey.normalize(surfaceName), List.of());
    }
}
