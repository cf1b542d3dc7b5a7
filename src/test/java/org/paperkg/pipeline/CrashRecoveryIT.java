package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperKg;
import org.paperkg.store.KgStore;

/**
 * Kills a real build process with SIGKILL while it loads, builds again to completion, and checks that the database
 * equals a clean build of the same input graph by graph (issue 6: a build killed at any point leaves the database
 * consistent).
 */
class CrashRecoveryIT {
    private static final String BUILD_TIME = "2026-01-01T00:00:00Z";
    private static final int FILES = 12;
    private static final int PAPERS_PER_FILE = 400;

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("input"));
        for (int f = 0; f < FILES; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < PAPERS_PER_FILE; i++) {
                int n = f * PAPERS_PER_FILE + i;
                lines.add(String.format(Locale.ROOT, "{\"id\": \"c%d\", \"title\": \"Net%d for task %d\", \"abstract\": "
                        + "\"We propose Net%d, a network for image classification. Net%d outperforms ResNet-%d on "
                        + "Bench%d by %d.%d%% top-1 accuracy.\"}", n, n, n % 20, n, n, 18 + n % 5, n % 30, n % 9, n % 7));
            }
            Files.write(in.resolve(String.format(Locale.ROOT, "part-%02d.jsonl", f)), lines);
        }
        return in;
    }

    private static int build(Path db, Path input) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PaperKg.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute("build", "--db",
                db.toString(), "--input", input.toString(), "--build-time", BUILD_TIME, "--threads", "1", "--quiet");
        assertEquals(0, status, err.toString());
        return status;
    }

    @Test
    void aBuildKilledWhileLoadingIsCompletedByTheNextBuild() throws Exception {
        Path input = corpus();
        Path db = dir.resolve("db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.paperkg.cli.PaperKg", "build",
                "--db", db.toString(), "--input", input.toString(), "--build-time", BUILD_TIME, "--threads", "1")
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int loading = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                seen.add(line);
                if (line.contains("  loading ") && ++loading == 3) {
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertTrue(seen.stream().filter(l -> l.contains("  loading ")).count() == 3,
                "the build was killed while loading its third file: " + seen);
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        build(db, input);
        Path clean = dir.resolve("clean");
        build(clean, input);

        try (KgStore recovered = KgStore.open(db); KgStore reference = KgStore.open(clean)) {
            DatasetSnapshot expected = DatasetSnapshot.of(reference.datasetGraph());
            assertEquals(FILES + 2, expected.names().size(),
                    "one graph per file, the metadata graph and the statistics graph");
            DatasetSnapshot.assertIsomorphic(expected, DatasetSnapshot.of(recovered.datasetGraph()));
        }
    }
}
