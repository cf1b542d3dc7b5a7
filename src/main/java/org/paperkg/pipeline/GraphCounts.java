package org.paperkg.pipeline;

import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.paperkg.kg.IriMinter;
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
     * What a store built under the default base IRI holds: the class counts as the last {@link StatisticsStep}
     * recorded them (0 for a class it did not count), and the distinct triples, counted now. On a store whose
     * default graph is the union of its named graphs (TDB2) the triple count streams through the indexes; on other
     * stores it is a distinct count over {@code GRAPH ?g}.
     *
     * <pre>{@code
     * GraphCounts counts = GraphCounts.of(store);
     * }</pre>
     */
    public static GraphCounts of(GraphStore store) {
        return of(store, IriMinter.defaultBase());
    }

    /**
     * What a store built under the given base IRI holds: the class counts as the last {@link StatisticsStep}
     * recorded them (0 for a class it did not count), and the distinct triples, counted now.
     */
    public static GraphCounts of(GraphStore store, IriMinter iris) {
        Map<Node, Long> counted = StatisticsStep.classCounts(store, iris);
        Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entities.put(t, counted.getOrDefault(Vocab.classOf(t), 0L));
        }
        String q = store.unionDefaultGraph()
                ? "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
                : "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";
        long[] triples = {0};
        store.select(q, row -> triples[0] = row.getLiteral("n").getLong());
        return new GraphCounts(counted.getOrDefault(Vocab.PAPER, 0L), entities,
                counted.getOrDefault(Vocab.CLAIM, 0L), triples[0]);
    }
}
