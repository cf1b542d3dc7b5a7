package org.paperkg.pipeline;

import java.util.List;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.GazetteerEntry;
import org.paperkg.kg.EntityResolver;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.ResolvedEntity;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperKey;

/**
 * Resolves surface names through the gazetteer: a known name or alias ("GPT4", "Llama 2") becomes the entry's
 * canonical name with its public identifiers; any other name stands for itself.
 */
public final class GazetteerResolver implements EntityResolver {
    private final Gazetteer gazetteer;

    /** A resolver over the given gazetteer. */
    public GazetteerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public ResolvedEntity resolve(String surfaceName, EntityType type) {
        return gazetteer.lookup(surfaceName)
                .map(GazetteerResolver::resolved)
                .orElseGet(() -> new ResolvedEntity(surfaceName, PaperKey.normalize(surfaceName), List.of()));
    }

    private static ResolvedEntity resolved(GazetteerEntry e) {
        return new ResolvedEntity(e.name(), PaperKey.normalize(e.name()),
                e.iris().stream().filter(IriMinter::isWebIri).toList());
    }
}
