package org.paperkg.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The maker of benchmark corpora of any size from a real corpus of JSON Lines files: it repeats the real records in
 * order, giving every copy a fresh id ({@code bench-N}) and, from the second round on, a fresh title (the original
 * with {@code " [copy K]"} appended), so every record is a distinct paper. Abstracts repeat, so extraction sees
 * real text but no new vocabulary after the first round.
 *
 * <pre>{@code
 * List<Path> files = new CorpusMultiplier(List.of(Path.of("../shared/corpus/ml_abstracts_000.jsonl.gz")), 5000)
 *         .write(100_000, Path.of("target/bench/100k"));
 * }</pre>
 */
public final class CorpusMultiplier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Path> sources;
    private final int shardSize;

    /**
     * @param sources JSON Lines files (gzip-compressed or not) with at least {@code title} and {@code abstract}
     * @param shardSize records per output file
     */
    public CorpusMultiplier(List<Path> sources, int shardSize) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source files");
        }
        if (shardSize < 1) {
            throw new IllegalArgumentException("shard size must be at least 1: " + shardSize);
        }
        this.sources = List.copyOf(sources);
        this.shardSize = shardSize;
    }

    /**
     * Writes {@code papers} records into {@code dir} as {@code bench-00000.jsonl}, ... and returns the files.
     *
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public List<Path> write(long papers, Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Shards out = new Shards(dir, files);
            long written = 0;
            for (int round = 0; written < papers; round++) {
                long before = written;
                for (Path source : sources) {
                    if (written >= papers) {
                        break;
                    }
                    written = copy(source, round, written, papers, out);
                }
                if (written == before) {
                    throw new IllegalArgumentException("the source files hold no records");
                }
            }
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark corpus into " + dir, e);
        }
        return files;
    }

    private long copy(Path source, int round, long written, long papers, Shards out) throws IOException {
        long n = written;
        try (BufferedReader in = reader(source)) {
            for (String line = in.readLine(); line != null && n < papers; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode record = (ObjectNode) JSON.readTree(line);
                record.put("id", "bench-" + n);
                if (round > 0) {
                    record.put("title", record.path("title").asText() + " [copy " + round + "]");
                }
                out.write(JSON.writeValueAsString(record));
                n++;
            }
        }
        return n;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The output files, opened one after another as each fills up. */
    private final class Shards {
        private final Path dir;
        private final List<Path> files;
        private BufferedWriter current;
        private int inCurrent;

        Shards(Path dir, List<Path> files) {
            this.dir = dir;
            this.files = files;
        }

        void write(String line) throws IOException {
            if (current == null || inCurrent == shardSize) {
                close();
                Path f = dir.resolve(String.format(Locale.ROOT, "bench-%05d.jsonl", files.size()));
                files.add(f);
                current = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
                inCurrent = 0;
            }
            current.write(line);
            current.newLine();
            inCurrent++;
        }

        void close() throws IOException {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
