package org.paperkg.store;

import java.util.function.Consumer;
import org.apache.jena.query.QuerySolution;
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
