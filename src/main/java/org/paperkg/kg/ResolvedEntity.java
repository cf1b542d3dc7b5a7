package org.paperkg.kg;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link EntityResolver} says a surface name denotes: the entity's canonical name, the key its IRI is
 * minted from, and external identifiers of the same thing.
 *
 * @param canonical the canonical name, written as the entity's {@code skos:prefLabel}
 * @param key the normalised key the entity IRI is minted from (see {@link IriMinter#entity(String)}); must contain
 *     a letter or digit
 * @param sameAs absolute http(s) IRIs of the same entity elsewhere, such as Wikidata items
 */
public record ResolvedEntity(String canonical, String key, List<String> sameAs) {
    public ResolvedEntity {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(key, "key");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("canonical name must not be blank");
        }
        IriMinter.entitySlug(key);
        sameAs = List.copyOf(sameAs);
        for (String iri : sameAs) {
            if (!IriMinter.isWebIri(iri)) {
                throw new IllegalArgumentException("sameAs '" + iri + "' of '" + canonical
                        + "' is not an absolute http(s) IRI");
            }
        }
    }
}
