package org.paperkg.pipeline;

import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.paperkg.kg.Vocab;
import org.paperkg.model.EntityType;
import org.paperkg.store.KgStore;

/**
 * How much the graph holds: papers, entities per type, claims and distinct triples.
 *
 * @param papers distinct papers
 * @param entities entities per type
 * @param claims claims
 * @param triples distinct triples over all named graphs
 */
public record GraphCounts(long papers, Map<EntityType, Long> entities, long claims, long triples) {

    public GraphCounts {
        entities = Map.copyOf(entities);
    }

    /** Counts what the store holds, in one read transaction. */
    public static GraphCounts of(KgStore store) {
        return store.read(() -> {
            Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
            for (EntityType t : EntityType.values()) {
                entities.put(t, count(store, "?x a <" + Vocab.NS + t.className() + ">"));
            }
            return new GraphCounts(count(store, "?x a <" + Vocab.NS + "Paper>"), entities,
                    count(store, "?x a <" + Vocab.NS + "Claim>"), count(store, "?x ?p ?o"));
        });
    }

    private static long count(KgStore store, String pattern) {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }";
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
            QuerySolution s = qe.execSelect().next();
            return s.getLiteral("n").getLong();
        }
    }
}
