package org.paperkg.pipeline;

import java.util.List;
import java.util.Map;
import org.paperkg.model.EntityType;
import org.paperkg.model.Rejection;

/**
 * What one {@code paperkg build} did and what the graph now holds.
 *
 * @param sourcesLoaded input files read and (re)loaded
 * @param sourcesUnchanged input files skipped because the graph already holds their current content
 * @param listingsRead good listings read from the loaded files
 * @param rejections records that could not be read, with reasons
 * @param papers distinct papers in the graph
 * @param entities entities in the graph per type
 * @param claims claims in the graph
 * @param triples distinct triples in the graph (union of all named graphs)
 * @param bulk whether TDB2's bulk loader was used (first build of an empty database)
 * @param seconds wall-clock time of the build
 * @param stages time spent per stage
 */
public record BuildSummary(
        int sourcesLoaded,
        int sourcesUnchanged,
        long listingsRead,
        List<Rejection> rejections,
        long papers,
        Map<EntityType, Long> entities,
        long claims,
        long triples,
        boolean bulk,
        double seconds,
        StageTimes stages) {

    public BuildSummary {
        rejections = List.copyOf(rejections);
        entities = Map.copyOf(entities);
    }
}
