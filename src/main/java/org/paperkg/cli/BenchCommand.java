package org.paperkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.paperkg.ingest.Ingester;
import org.paperkg.kg.IriMinter;
import org.paperkg.pipeline.BuildSummary;
import org.paperkg.pipeline.CorpusMultiplier;
import org.paperkg.pipeline.GraphCounts;
import org.paperkg.pipeline.Pipelines;
import org.paperkg.pipeline.Progress;
import org.paperkg.pipeline.QueryLatency;
import org.paperkg.pipeline.StageTimes;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.query.QueryRunner;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg bench}: builds benchmark corpora of given sizes from a real corpus, builds each into an empty
 * TDB2 database and reports stage rates, wall time, peak heap, triples, the time of TDB2's own loader on the same
 * triples, and canned-query latency.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks full builds and canned queries on corpora made by repeating a real corpus with "
                + "fresh ids and titles.",
            "Run it with the heap you want to prove (e.g. java -Xmx2g); bench/run.sh runs every size and TDB2's loader."},
        footer = {"", "Example:", "  java -Xmx2g -jar target/paperkg.jar bench --size 10000 --work /tmp/bench"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size", paramLabel = "PAPERS", description = "Papers in a corpus; repeatable.")
    List<Long> sizes = new ArrayList<>();

    @Option(names = "--queries-on", paramLabel = "DB",
            description = "Only measure canned-query latency on this existing database (no corpus, no build).")
    Path queriesOn;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "Folder of the real JSON Lines corpus to repeat (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where corpora, databases and exports go; never commit it (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--shard", paramLabel = "PAPERS", defaultValue = "5000",
            description = "Papers per generated file, that is per named graph (default: ${DEFAULT-VALUE}).")
    int shard;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    Integer threads;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "30",
            description = "Timed runs of each canned query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--skip-queries", description = "Do not measure canned-query latency.")
    boolean skipQueries;

    @Option(names = "--skip-export",
            description = "Do not export the built graph (so tdb2.tdbloader is not timed either).")
    boolean skipExport;

    @Option(names = "--tdbloader-classpath", paramLabel = "CLASSPATH",
            description = "Classpath with tdb2.tdbloader (jena-cmds); when given, its time on the N-Triples and "
                    + "N-Quads export of the built graph is measured in a separate JVM.")
    String loaderClasspath;

    @Option(names = "--loader-java-opts", paramLabel = "OPTS", defaultValue = "-Xmx2g",
            description = "JVM options of the tdb2.tdbloader process (default: ${DEFAULT-VALUE}).")
    String loaderJavaOpts;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (queriesOn != null) {
            try (KgStore store = KgStore.open(queriesOn)) {
                out.println("database " + queriesOn + ": " + GraphCounts.of(store));
                latency(store, out);
            }
            return 0;
        }
        if (sizes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give --size at least once, or --queries-on DB");
        }
        List<Path> sources;
        try (Stream<Path> s = Files.list(corpus)) {
            sources = s.filter(p -> p.getFileName().toString().matches(".*\\.jsonl(\\.gz)?")).sorted().toList();
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        for (long size : sizes) {
            Path dir = work.resolve("corpus-" + size);
            err.printf(Locale.ROOT, "bench: writing %,d papers into %s%n", size, dir);
            deleteTree(dir);
            List<Path> files = new CorpusMultiplier(sources, shard).write(size, dir);
            Path db = work.resolve("db-" + size);
            deleteTree(db);
            resetPeaks();
            BuildSummary s;
            try (KgStore store = KgStore.open(db)) {
                s = Pipelines.build(store, files, IriMinter.defaultBase(), Ingester.detecting(), n, new Progress(err, true));
            }
            long peak = peakHeap();
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            report(out, size, s, peak, live);
            out.flush();
            try (KgStore store = KgStore.open(db)) {
                if (!skipExport) {
                    Path nt = work.resolve("export-" + size + ".nt");
                    Path nq = work.resolve("export-" + size + ".nq");
                    export(store, nt, nq);
                    if (loaderClasspath != null) {
                        double tNt = tdbloader(nt, work.resolve("tdbloader-nt-" + size), err);
                        double tNq = tdbloader(nq, work.resolve("tdbloader-nq-" + size), err);
                        out.printf(Locale.ROOT, "  tdb2.tdbloader: N-Triples %.1f s (full build / loader = %.2f), "
                                + "N-Quads %.1f s (full build / loader = %.2f)%n", tNt, s.seconds() / tNt, tNq,
                                s.seconds() / tNq);
                    }
                }
                if (!skipQueries) {
                    latency(store, out);
                }
            }
            out.flush();
        }
        return 0;
    }

    private void latency(KgStore store, PrintWriter out) {
        QueryRunner runner = QueryRunner.builder(store.dataset()).build();
        out.println("  canned queries (in-process QueryRunner, default parameters, " + runs
                + " timed runs after 3 warm-up; timeout " + runner.timeout().toSeconds() + " s):");
        out.flush();
        for (QueryLatency l : QueryLatency.measure(runner, CannedQueryCatalog.fromClasspath(), 3, runs)) {
            out.printf(Locale.ROOT, "    %-32s rows %5d  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms%n",
                    l.query(), l.rows(), l.p50Millis(), l.p99Millis(), l.maxMillis());
        }
        out.flush();
    }

    private static void report(PrintWriter out, long size, BuildSummary s, long peak, long live) {
        StageTimes t = s.stages();
        double papers = s.listingsRead();
        out.printf(Locale.ROOT, "size %,d: %,d listings, %,d papers, %,d claims, %,d triples in %.1f s wall (%,.0f papers/s); "
                + "peak heap used %,d MB (garbage included), %,d MB live after the build%n", size, s.listingsRead(), s.papers(),
                s.claims(), s.triples(), s.seconds(), papers / s.seconds(), peak >> 20, live >> 20);
        out.printf(Locale.ROOT, "  stage seconds: read %.1f CPU, extract %.1f CPU (summed over %d threads), map %.1f CPU, "
                + "load %.1f wall, consolidate %.1f wall, count %.1f wall%n", t.read(), t.extract(), t.threads(), t.map(), t.load(), t.consolidate(),
                t.count());
        out.printf(Locale.ROOT, "  stage papers/s: read %,.0f, extract %,.0f (%d threads), map %,.0f, load %,.0f%n",
                papers / t.read(), papers / (t.extract() / t.threads()), t.threads(), papers / t.map(), papers / t.load());
    }

    /** Writes the union of the named graphs as N-Triples and every quad as N-Quads. */
    private static void export(KgStore store, Path nt, Path nq) throws IOException {
        try (OutputStream o1 = Files.newOutputStream(nt); OutputStream o2 = Files.newOutputStream(nq)) {
            store.read(() -> {
                StreamRDF triples = StreamRDFWriter.getWriterStream(o1, Lang.NTRIPLES);
                triples.start();
                store.datasetGraph().getUnionGraph().find().forEachRemaining(triples::triple);
                triples.finish();
                StreamRDF quads = StreamRDFWriter.getWriterStream(o2, Lang.NQUADS);
                quads.start();
                store.datasetGraph().find().forEachRemaining(quads::quad);
                quads.finish();
                return nt;
            });
        }
    }

    /** Runs {@code tdb2.tdbloader} on a file into an empty folder in a separate JVM and returns its wall time. */
    private double tdbloader(Path file, Path loc, PrintWriter err) throws IOException, InterruptedException {
        deleteTree(loc);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(loaderJavaOpts.trim().split("\\s+")));
        cmd.addAll(List.of("-cp", loaderClasspath, "tdb2.tdbloader", "--loc", loc.toString(), file.toString()));
        err.println("bench: " + String.join(" ", cmd));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(loc.getFileName() + ".log").toFile()).start();
        int status = p.waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (status != 0) {
            throw new IllegalStateException("tdb2.tdbloader failed with status " + status + "; see its log in " + work);
        }
        return secs;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak usage since the last reset. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + p, e);
                }
            });
        }
    }
}
