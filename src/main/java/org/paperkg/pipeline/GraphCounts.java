package org.paperkg.pipeline;

import java.util.EnumMap;
import java.util.Map;
import org.paperkg.kg.Vocab;
import org.paperkg.model.EntityType;
import org.paperkg.store.GraphStore;

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

    /**
     * Counts what a store holds. On a store whose default graph is the union of its named graphs (TDB2) the
     * counts stream through the indexes; on other stores they are distinct counts over {@code GRAPH ?g}.
     */
    public static GraphCounts of(GraphStore store) {
        Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entities.put(t, count(store, "?x a <" + Vocab.NS + t.className() + ">", "?x"));
        }
        return new GraphCounts(count(store, "?x a <" + Vocab.NS + "Paper>", "?x"), entities,
                count(store, "?x a <" + Vocab.NS + "Claim>", "?x"), count(store, "?x ?p ?o", "?x ?p ?o"));
    }

    private static long count(GraphStore store, String pattern, String vars) {
        String q = store.unionDefaultGraph()
                ? "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }"
                : "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT " + vars + " WHERE { GRAPH ?g { " + pattern + " } } }";
        long[] n = {0};
        store.select(q, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }
}
