package org.paperkg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.paperkg.model.Extraction;

/**
 * A benchmark of extraction alone: reads abstracts into memory, then times {@link RuleExtractor} over them,
 * single-threaded (wall-clock and CPU time, since the machine may be shared) and on every core.
 *
 * <pre>{@code
 * java -cp ... org.paperkg.extract.ExtractBenchmark ../shared/corpus/ml_abstracts_000.jsonl.gz [rounds]
 * }</pre>
 */
public final class ExtractBenchmark {
    private ExtractBenchmark() {
    }

    /**
     * Runs the benchmark and prints abstracts per second.
     *
     * @param args the corpus file (JSON Lines, plain or gzip) and optionally the number of timed rounds
     * @throws Exception when reading fails or a worker fails
     */
    public static void main(String[] args) throws Exception {
        List<String[]> papers = read(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        RuleExtractor x = RuleExtractor.withDefaults();
        AtomicLong sink = new AtomicLong();
        for (String[] p : papers) {
            sink.addAndGet(x.extract(p[0], p[1], p[2]).claims().size());
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            for (String[] p : papers) {
                sink.addAndGet(x.extract(p[0], p[1], p[2]).claims().size());
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("1 thread : %d abstracts in %.2f s wall = %.0f abstracts/s; %.2f s CPU = %.0f"
                    + " abstracts per"
                    + " CPU-second%n", papers.size(), s, papers.size() / s, c, papers.size() / c);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                List<Future<Integer>> fs = new ArrayList<>();
                int chunk = (papers.size() + threads - 1) / threads;
                for (int t = 0; t < threads; t++) {
                    List<String[]> part = papers.subList(Math.min(papers.size(), t * chunk),
                            Math.min(papers.size(), (t + 1) * chunk));
                    fs.add(pool.submit(() -> {
                        int n = 0;
                        for (String[] p : part) {
                            Extraction e = x.extract(p[0], p[1], p[2]);
                            n += e.claims().size();
                        }
                        return n;
                    }));
                }
                for (Future<Integer> f : fs) {
                    sink.addAndGet(f.get());
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%d threads: %d abstracts in %.2f s = %.0f abstracts/s%n", threads, papers.size(), s,
                        papers.size() / s);
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("claims seen (checksum): " + sink.get());
    }

    private static List<String[]> read(Path in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                in.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(in))
                        : Files.newInputStream(in),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = mapper.readTree(line);
                    out.add(new String[] {n.path("id").asText(""), n.path("title").asText(""),
                        n.path("abstract").asText("")});
                }
            }
        }
        return out;
    }
}
