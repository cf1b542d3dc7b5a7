package org.paperkg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * A benchmark of extraction alone: reads abstracts into memory, then times {@link RuleExtractor} over them on one
 * thread and on every core, after a warm-up that lasts until the JIT compiler is done.
 *
 * <p>It prints the cold first round (one thread, nothing compiled yet), each warm-up round (on every core) until
 * {@link WarmUp#STANDARD} says the compiler is quiet and throughput stopped rising, then the measured rounds' median
 * and range, as wall-clock abstracts per second and as abstracts per CPU-second (the figure to compare on a shared
 * machine). A warm-up cut off at its round limit is reported as such.
 *
 * <pre>{@code
 * java -cp target/test-classes:target/paperkg.jar org.paperkg.extract.ExtractBenchmark \
 *     ../shared/corpus/ml_abstracts_000.jsonl.gz [measured rounds, default 5]
 * }</pre>
 */
public final class ExtractBenchmark {
    private final RuleExtractor extractor;
    private final List<String[]> papers;
    private final ExecutorService pool;
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();

    private ExtractBenchmark(RuleExtractor extractor, List<String[]> papers, ExecutorService pool) {
        this.extractor = extractor;
        this.papers = papers;
        this.pool = pool;
    }

    /** One timed round: wall-clock, CPU summed over the working threads, JIT compile time, and a checksum. */
    private record Timing(long wallNanos, long cpuNanos, long compileNanos, long checksum) {
        double perSecond(int abstracts) {
            return abstracts / (wallNanos / 1e9);
        }

        double perCpuSecond(int abstracts) {
            return abstracts / (cpuNanos / 1e9);
        }
    }

    /**
     * Runs the benchmark and prints abstracts per second.
     *
     * @param args the corpus file (JSON Lines, plain or gzip) and optionally the number of measured rounds per thread
     *     count
     * @throws IOException when the corpus cannot be read
     * @throws InterruptedException when interrupted while waiting for a round
     * @throws ExecutionException when extraction fails in a worker
     */
    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        List<String[]> papers = read(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            new ExtractBenchmark(RuleExtractor.withDefaults(), papers, pool).run(rounds, threads);
        } finally {
            pool.shutdown();
        }
    }

    private void run(int rounds, int threads) throws InterruptedException, ExecutionException {
        int n = papers.size();
        long checksum = 0;
        if (!jit.isCompilationTimeMonitoringSupported()) {
            System.out.println("this JVM does not report JIT compile time: warm-up ends on throughput alone");
        }
        Timing cold = round(1);
        checksum += cold.checksum();
        System.out.printf("cold first round, 1 thread, nothing compiled yet: %,.0f abstracts/s wall, %,.0f per"
                + " CPU-second%n", cold.perSecond(n), cold.perCpuSecond(n));
        List<WarmUp.Round> warmUp = new ArrayList<>();
        WarmUp.Verdict verdict = WarmUp.Verdict.WARMING;
        long warmNanos = 0;
        while (verdict == WarmUp.Verdict.WARMING) {
            Timing t = round(threads);
            checksum += t.checksum();
            warmNanos += t.wallNanos();
            warmUp.add(new WarmUp.Round(t.perCpuSecond(n), t.wallNanos(), t.compileNanos()));
            verdict = WarmUp.STANDARD.judge(warmUp);
            System.out.printf("warm-up %d, %d threads: %,.0f abstracts/s wall, %,.0f per CPU-second, JIT compiling"
                    + " %.0f%% of the round%n", warmUp.size(), threads, t.perSecond(n), t.perCpuSecond(n),
                    100.0 * t.compileNanos() / t.wallNanos());
        }
        System.out.printf(verdict == WarmUp.Verdict.WARM
                ? "warm after %d rounds (%.0f s): JIT quiet, throughput stopped rising%n"
                : "warm-up CUT OFF after %d rounds (%.0f s): the JIT was still compiling or throughput still rising;"
                        + " the figures below may read low%n", warmUp.size(), warmNanos / 1e9);
        for (int parts : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
            double[] wall = new double[rounds];
            double[] perCpu = new double[rounds];
            long compile = 0;
            for (int r = 0; r < rounds; r++) {
                Timing t = round(parts);
                checksum += t.checksum();
                wall[r] = t.perSecond(n);
                perCpu[r] = t.perCpuSecond(n);
                compile += t.compileNanos();
            }
            System.out.printf("%d thread%s, %d rounds of %,d abstracts: median (range) %s abstracts/s wall, %s per"
                    + " CPU-second; JIT compiled %.1f s meanwhile%n", parts, parts == 1 ? " " : "s", rounds, n,
                    Spread.of(wall).format(), Spread.of(perCpu).format(), compile / 1e9);
        }
        System.out.println("claims seen (checksum): " + checksum);
    }

    /** Extracts every paper once, split into {@code parts} equal runs on the pool's threads. */
    private Timing round(int parts) throws InterruptedException, ExecutionException {
        long compile0 = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        long t0 = System.nanoTime();
        List<Future<long[]>> fs = new ArrayList<>();
        int chunk = (papers.size() + parts - 1) / parts;
        for (int t = 0; t < parts; t++) {
            List<String[]> part = papers.subList(Math.min(papers.size(), t * chunk),
                    Math.min(papers.size(), (t + 1) * chunk));
            fs.add(pool.submit(() -> {
                long c0 = cpu.getCurrentThreadCpuTime();
                long claims = 0;
                for (String[] p : part) {
                    claims += extractor.extract(p[0], p[1], p[2]).claims().size();
                }
                return new long[] {cpu.getCurrentThreadCpuTime() - c0, claims};
            }));
        }
        long cpuNanos = 0;
        long checksum = 0;
        for (Future<long[]> f : fs) {
            long[] r = f.get();
            cpuNanos += r[0];
            checksum += r[1];
        }
        long wall = System.nanoTime() - t0;
        long compile = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() - compile0 : 0;
        return new Timing(wall, Math.max(1, cpuNanos), compile * 1_000_000L, checksum);
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
