package org.paperkg.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.paperkg.query.Bindings;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.QueryTimeoutException;

/**
 * The latency of canned queries run in-process with their default parameters: a few warm-up runs, then timed runs
 * whose median and 99th percentile are reported.
 *
 * <pre>{@code
 * List<QueryLatency> l = QueryLatency.measure(QueryRunner.builder(store.dataset()).build(),
 *         CannedQueryCatalog.fromClasspath(), 3, 50);
 * }</pre>
 *
 * <p>A query that exceeds the runner's time limit is not run again; it is reported with {@code rows} -1, no
 * timed runs and the time limit as its times.
 *
 * @param query the canned query's name
 * @param rows rows of its last run, or -1 when it timed out
 * @param runs timed runs
 * @param p50Millis median run time
 * @param p99Millis 99th-percentile run time (nearest rank)
 * @param maxMillis slowest run
 */
public record QueryLatency(String query, int rows, int runs, double p50Millis, double p99Millis, double maxMillis) {

    /**
     * Runs every canned query of a catalogue {@code warmup + runs} times in turn and times the last {@code runs}.
     *
     * @throws IllegalArgumentException when {@code runs} is below 1 or {@code warmup} below 0
     */
    public static List<QueryLatency> measure(QueryRunner runner, CannedQueryCatalog catalog, int warmup, int runs) {
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("need at least one timed run and no negative warm-up");
        }
        List<CannedQuery> queries = catalog.list();
        double[][] times = new double[queries.size()][runs];
        int[] rows = new int[queries.size()];
        boolean[] timedOut = new boolean[queries.size()];
        for (int r = 0; r < warmup + runs; r++) {
            for (int i = 0; i < queries.size(); i++) {
                if (timedOut[i]) {
                    continue;
                }
                long t0 = System.nanoTime();
                try {
                    rows[i] = runner.select(Bindings.defaults(queries.get(i))).size();
                } catch (QueryTimeoutException e) {
                    timedOut[i] = true;
                    rows[i] = -1;
                    continue;
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r >= warmup) {
                    times[i][r - warmup] = ms;
                }
            }
        }
        List<QueryLatency> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            if (timedOut[i]) {
                double limit = runner.timeout().toMillis();
                out.add(new QueryLatency(queries.get(i).name(), -1, 0, limit, limit, limit));
                continue;
            }
            double[] t = times[i];
            Arrays.sort(t);
            out.add(new QueryLatency(queries.get(i).name(), rows[i], runs, rank(t, 0.50), rank(t, 0.99), t[t.length - 1]));
        }
        return out;
    }

    /** The nearest-rank percentile of sorted values. */
    static double rank(double[] sorted, double p) {
        int k = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, k - 1)];
    }
}
