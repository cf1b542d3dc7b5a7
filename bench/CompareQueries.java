import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.paperkg.store.KgStore;

/**
 * Times two or more SPARQL query texts against one TDB2 database in the same run, alternating them, and prints
 * each one's rows, p50 and p90 after three warm-up rounds: for before/after comparisons on a noisy machine.
 *
 * <pre>
 * java -Xmx2g -cp target/paperkg.jar bench/CompareQueries.java db 33 before.rq after.rq
 * </pre>
 */
public final class CompareQueries {
    private static final int WARM_UP = 3;

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CompareQueries DB ROUNDS QUERY.rq...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[1]);
        List<String> texts = new ArrayList<>();
        List<List<Double>> millis = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            texts.add(Files.readString(Path.of(args[i])));
            millis.add(new ArrayList<>());
        }
        long[] rows = new long[texts.size()];
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < texts.size(); i++) {
                    long[] n = {0};
                    long t0 = System.nanoTime();
                    store.select(texts.get(i), row -> n[0]++);
                    millis.get(i).add((System.nanoTime() - t0) / 1e6);
                    rows[i] = n[0];
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            List<Double> timed = new ArrayList<>(millis.get(i).subList(Math.min(WARM_UP, rounds), rounds));
            Collections.sort(timed);
            if (timed.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%s: %d rows, p50 %.1f ms, p90 %.1f ms (%d runs)%n", args[i + 2], rows[i],
                    timed.get(timed.size() / 2), timed.get((int) (timed.size() * 0.9)), timed.size());
        }
    }
}
