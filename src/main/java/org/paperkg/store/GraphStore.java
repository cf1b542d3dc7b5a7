package org.paperkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Rankings.checked(limit);
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
     * For each group (an object of {@code via}), the instances of one of {@code classes} that the group's subjects link
     * to with {@code property}, ranked by how many of those subjects link to them, most first, ties in IRI order: the
     * first {@code limit} of each group and every later entry tied with the last of them, so that a caller may break
     * ties by other keys. Groups without any such object are left out. This default runs one SPARQL aggregate; stores
     * that can count faster from their indexes override it.
     *
     * <pre>{@code
     * Map<Node, List<ObjectCount>> coUsed = store.rankCoObjects(Vocab.USES_DATASET, datasets, Vocab.MENTIONS,
     *         Set.of(Vocab.METHOD, Vocab.MODEL), 100);
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code limit} is less than 1
     */
    default Map<Node, List<ObjectCount>> rankCoObjects(Node via, Collection<Node> groups, Node property,
            Set<Node> classes, int limit) {
        Rankings.checked(limit);
        if (groups.isEmpty() || classes.isEmpty()) {
            return Map.of();
        }
        String[] patterns = {"?s <" + via.getURI() + "> ?group", "?s <" + property.getURI() + "> ?o", "?o a ?class"};
        if (!unionDefaultGraph()) {
            for (int i = 0; i < patterns.length; i++) {
                patterns[i] = "GRAPH ?g" + i + " { " + patterns[i] + " }";
            }
        }
        String values = Values.of("?group", groups) + " " + Values.of("?class", classes);
        Map<Node, List<ObjectCount>> counted = new LinkedHashMap<>();
        select("SELECT ?group ?o (COUNT(DISTINCT ?s) AS ?n) WHERE { " + values + " { " + patterns[0] + " . " + patterns[1]
                + " FILTER(isIRI(?o)) FILTER EXISTS { " + patterns[2] + " } } } GROUP BY ?group ?o",
                row -> counted.computeIfAbsent(row.getResource("group").asNode(), g -> new ArrayList<>())
                        .add(new ObjectCount(row.getResource("o").asNode(), row.getLiteral("n").getLong())));
        Map<Node, List<ObjectCount>> out = new LinkedHashMap<>();
        counted.forEach((group, list) -> {
            list.sort(Rankings.ORDER);
            out.put(group, Rankings.withTies(list, limit));
        });
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
