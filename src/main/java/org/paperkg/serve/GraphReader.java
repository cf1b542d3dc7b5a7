package org.paperkg.serve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.paperkg.kg.Vocab;

/**
 * Runs the server's own read-only SPARQL queries against the store, each in a read transaction, with variables bound
 * by substitution (never by splicing text into a query) and under the server's time limit.
 *
 * <p>The dataset graph is expected to expose the union of its named graphs as its default graph (as
 * {@code KgStore} sets up), so queries use plain triple patterns.
 *
 * <pre>{@code
 * GraphReader reader = new GraphReader(store.datasetGraph(), Duration.ofSeconds(30));
 * Graph g = reader.construct(GraphReader.parse("CONSTRUCT { ?this ?p ?o } WHERE { ?this ?p ?o }"), Map.of("this", iri));
 * }</pre>
 *
 * <p>A query that runs out of time throws {@link org.apache.jena.query.QueryCancelledException}.
 */
public final class GraphReader {
    private final DatasetGraph dsg;
    private final Duration timeout;

    /**
     * @param dsg the store's dataset graph
     * @param timeout the limit on each query's run time
     */
    public GraphReader(DatasetGraph dsg, Duration timeout) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Parses a query written with the {@link Vocab#PREFIXES} prefixes available. */
    public static Query parse(String body) {
        StringBuilder sb = new StringBuilder();
        Vocab.PREFIXES.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return QueryFactory.create(sb.append(body).toString());
    }

    /** The dataset graph queries run against. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Runs a CONSTRUCT query and returns its triples as an in-memory graph. */
    public Graph construct(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> exec(query, bindings).construct());
    }

    /** Runs a SELECT query and returns all its rows. */
    public List<Binding> select(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> exec(query, bindings).select().materialize().stream().toList());
    }

    /** Runs an ASK query. */
    public boolean ask(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> exec(query, bindings).ask());
    }

    private QueryExecBuilder exec(Query query, Map<String, Node> bindings) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        return b;
    }
}
