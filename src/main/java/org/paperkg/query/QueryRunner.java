package org.paperkg.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs canned queries against a dataset, with parameters bound as RDF terms, a time limit and a row cap.
 *
 * <p>The {@code limit} parameter sets the query's LIMIT and every sub-select LIMIT equal to the declared default;
 * both are capped at {@link #maxRows()}, which also caps queries without a LIMIT.
 *
 * <p>Queries see the union of all named graphs (TDB2's union default graph is switched on for each execution).
 * All rows are read inside one read transaction before anything is written, so a query that exceeds the time limit
 * ends in a {@link QueryTimeoutException} and never in an empty or truncated result.
 *
 * <p>Example:
 * <pre>
 * QueryRunner runner = QueryRunner.builder(dataset).timeout(Duration.ofSeconds(30)).build();
 * CannedQuery q = CannedQueryCatalog.fromClasspath().get("what-outperforms").orElseThrow();
 * runner.run(Bindings.parse(q, List.of("name=Adam")), ResultFormat.TABLE, System.out);
 * </pre>
 */
public final class QueryRunner {
    /** The time limit when none is set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The row cap when none is set. */
    public static final int DEFAULT_MAX_ROWS = 10_000;

    private final Dataset dataset;
    private final Duration timeout;
    private final int maxRows;

    private QueryRunner(Builder builder) {
        this.dataset = builder.dataset;
        this.timeout = builder.timeout;
        this.maxRows = builder.maxRows;
    }

    /** A builder for a runner over this dataset, with the default time limit and row cap. */
    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    /** The time limit of one query. */
    public Duration timeout() {
        return timeout;
    }

    /** The most rows one query returns; larger {@code limit} values are lowered to it. */
    public int maxRows() {
        return maxRows;
    }

    /**
     * Runs the query with these bindings and returns all its rows.
     *
     * @throws QueryTimeoutException when the query does not finish within the time limit
     */
    public QueryResult select(Bindings bindings) {
        Query query = limited(bindings, maxRows);
        Binding substitution = bindings.toBinding();
        return Txn.calculateRead(dataset, () -> execute(bindings.query().name(), query, substitution));
    }

    /**
     * The canned query of these bindings, parsed, with the LIMIT they ask for (the declared one by default, never
     * more than {@code maxRows}) set on the query and on every sub-select that repeats the declared LIMIT; what
     * {@link #select} runs, for callers that send the query elsewhere (a remote endpoint).
     *
     * <pre>{@code
     * Query q = QueryRunner.limited(Bindings.parse(query, List.of("limit=100")), QueryRunner.DEFAULT_MAX_ROWS);
     * }</pre>
     */
    public static Query limited(Bindings bindings, long maxRows) {
        Query query = QueryFactory.create(bindings.query().sparql());
        long declared = query.hasLimit() ? query.getLimit() : Query.NOLIMIT;
        long limit = Math.min(bindings.limit().orElse(declared == Query.NOLIMIT ? maxRows : declared), maxRows);
        query.setLimit(limit);
        if (declared != Query.NOLIMIT) {
            setSubQueryLimits(query, declared, limit);
        }
        return query;
    }

    /**
     * Runs the query and writes its rows to {@code out} in the given format; nothing is written when it fails.
     *
     * @throws QueryTimeoutException when the query does not finish within the time limit
     */
    public void run(Bindings bindings, ResultFormat format, OutputStream out) {
        select(bindings).write(format, out);
    }

    /**
     * Sets to {@code limit} every sub-select LIMIT equal to the query's declared LIMIT, so that a ranked sub-select
     * that cuts the rows before they are labelled follows the {@code limit} parameter too.
     */
    private static void setSubQueryLimits(Query query, long declared, long limit) {
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                Query sub = el.getQuery();
                if (sub.hasLimit() && sub.getLimit() == declared) {
                    sub.setLimit(limit);
                }
                setSubQueryLimits(sub, declared, limit);
            }
        });
    }

    private QueryResult execute(String name, Query query, Binding substitution) {
        try (QueryExecution exec = QueryExecution.create()
                .dataset(dataset)
                .query(query)
                .substitution(substitution)
                .set(TDB2.symUnionDefaultGraph, true)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build()) {
            ResultSet results = exec.execSelect();
            List<String> variables = results.getResultVars();
            List<Binding> rows = new ArrayList<>();
            while (results.hasNext()) {
                rows.add(BindingFactory.copy(results.nextBinding()));
            }
            return new QueryResult(variables, rows, query.getPrefixMapping().getNsPrefixMap());
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(name, timeout, e);
        }
    }

    /** Collects and validates the settings of a {@link QueryRunner}. */
    public static final class Builder {
        private final Dataset dataset;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxRows = DEFAULT_MAX_ROWS;

        private Builder(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /**
         * Sets the time limit of one query.
         *
         * @throws IllegalArgumentException when the limit is not positive
         */
        public Builder timeout(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive, not " + limit);
            }
            this.timeout = limit;
            return this;
        }

        /**
         * Sets the most rows one query may return.
         *
         * @throws IllegalArgumentException when the cap is below 1
         */
        public Builder maxRows(int cap) {
            if (cap < 1) {
                throw new IllegalArgumentException("the row cap must be at least 1, not " + cap);
            }
            this.maxRows = cap;
            return this;
        }

        /** The runner with these settings. */
        public QueryRunner build() {
            return new QueryRunner(this);
        }
    }
}
