package org.paperkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.update.UpdateRequest;

/**
 * A SPARQL dataset that paperkg builds into: the local TDB2 database ({@link KgStore}) or any remote SPARQL 1.1
 * store ({@link RemoteStore}). Data lives in named graphs, one per input source plus one for the dataset's
 * description.
 *
 * <pre>{@code
 * try (GraphStore store = RemoteStore.connect("http://localhost:3030/ds")) {
 *     store.select("SELECT ?g { GRAPH ?g { } }", row -> System.out.println(row.get("g")));
 * }
 * }</pre>
 */
public interface GraphStore extends AutoCloseable {

    /** Where the data lives: a folder, "memory" or an endpoint URL. */
    String location();

    /** Whether the store holds no quads at all. */
    boolean isEmpty();

    /**
     * Whether a query's default graph is the union of the named graphs. When false, queries must name graphs
     * with {@code GRAPH ?g { ... }} to see the data.
     */
    boolean unionDefaultGraph();

    /**
     * Runs a SELECT query and hands every row to {@code rows}, in the order the query gives them.
     *
     * @throws org.apache.jena.query.QueryException when the query is invalid or fails
     */
    void select(String query, Consumer<QuerySolution> rows);

    /**
     * The objects of a property ranked by how many distinct subjects link to them, most first, ties in IRI order, at
     * most {@code limit}; only objects that are the subject of {@code having} when it is given. This default runs
     * one SPARQL aggregate; stores that can count faster from their indexes override it.
     *
     * <pre>{@code
     * List<ObjectCount> top = store.rankObjects(Vocab.USES_DATASET, Optional.empty(), 20);
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code limit} is less than 1
     */
    default List<ObjectCount> rankObjects(Node property, Optional<Node> having, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        String link = "?s <" + property.getURI() + "> ?o";
        String filter = having.map(h -> "?o <" + h.getURI() + "> ?h").orElse("");
        if (!unionDefaultGraph()) {
            link = "GRAPH ?g { " + link + " }";
            filter = filter.isEmpty() ? "" : "GRAPH ?g2 { " + filter + " }";
        }
        String where = "{ " + link + " } " + (filter.isEmpty() ? "" : "FILTER EXISTS { " + filter + " }");
        List<ObjectCount> out = new ArrayList<>();
        select("SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE { " + where + " FILTER(isIRI(?o)) } GROUP BY ?o "
                + "ORDER BY DESC(?n) ?o LIMIT " + limit,
                row -> out.add(new ObjectCount(row.getResource("o").asNode(), row.getLiteral("n").getLong())));
        return out;
    }

    /**
     * The subjects that have more than one distinct literal value of a property over all graphs, when the store can
     * find them from its indexes without reading every value; empty when it cannot (the default), and the caller
     * scans the values with SPARQL instead.
     *
     * @param maxSubjects the most distinct subjects the search may hold in memory; beyond, it gives up (empty)
     */
    default Optional<List<Node>> subjectsWithSeveralLiterals(Node property, int maxSubjects) {
        return Optional.empty();
    }

    /**
     * Changes quads from {@code held} to {@code wanted} as one unit of work, writing only the difference
     * ({@code DELETE DATA} what is held and not wanted, {@code INSERT DATA} what is wanted and not held); nothing
     * is sent when they are equal.
     */
    default void rewrite(Set<Quad> held, Set<Quad> wanted) {
        QuadDataAcc deletes = new QuadDataAcc();
        held.stream().filter(q -> !wanted.contains(q)).forEach(deletes::addQuad);
        QuadDataAcc inserts = new QuadDataAcc();
        wanted.stream().filter(q -> !held.contains(q)).forEach(inserts::addQuad);
        UpdateRequest request = new UpdateRequest();
        if (!deletes.getQuads().isEmpty()) {
            request.add(new UpdateDataDelete(deletes));
        }
        if (!inserts.getQuads().isEmpty()) {
            request.add(new UpdateDataInsert(inserts));
        }
        if (!request.getOperations().isEmpty()) {
            update(request);
        }
    }

    /** Runs a SPARQL Update request as one unit of work. */
    void update(UpdateRequest request);

    /**
     * A loader that replaces named graphs.
     *
     * @param bulk prefer the store's bulk loader; only for an empty store, and ignored by stores without one
     * @param monitor where a bulk loader reports progress
     */
    GraphLoader loader(boolean bulk, MonitorOutput monitor);

    /** Releases the store. */
    @Override
    void close();
}
