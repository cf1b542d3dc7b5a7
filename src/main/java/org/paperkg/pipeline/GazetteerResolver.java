package org.paperkg.pipeline;

import java.util.List;
import java.util.regex.Pattern;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.GazetteerEntry;
import org.paperkg.kg.EntityResolver;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.ResolvedEntity;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperKey;

/**
 * Resolves surface names through the gazetteer: a known name or alias ("GPT4", "Llama 2") becomes the entry's
 * canonical name with its public identifiers; any other name stands for itself, an acronym's plural ("LLMs")
 * naming the same entity as its singular ("LLM").
 */
public final class GazetteerResolver implements EntityResolver {
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9-]*[A-Z0-9]s");
    private final Gazetteer gazetteer;

    /** A resolver over the given gazetteer. */
    public GazetteerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public ResolvedEntity resolve(String surfaceName, EntityType type) {
        String singular = singularAcronym(surfaceName);
        return gazetteer.lookup(surfaceName)
                .or(() -> gazetteer.lookup(singular))
                .map(GazetteerResolver::resolved)
                .orElseGet(() -> new ResolvedEntity(surfaceName, PaperKey.normalize(singular), List.of()));
    }

    /**
     * The singular of an acronym written with a plural "s" ("LLMs" gives "LLM", "GANs" gives "GAN"), so that both
     * name one entity; any other name is returned as it is.
     */
    static String singularAcronym(String name) {
        return PLURAL_ACRONYM.matcher(name).matches() ? name.substring(0, name.length() - 1) : name;
    }

    private static ResolvedEntity resolved(GazetteerEntry e) {
        return new ResolvedEntity(e.name(), PaperKey.normalize(e.name()),
                e.iris().stream().filter(IriMinter::isWebIri).toList());
    }
}
