package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.LinearModel;
import picocli.CommandLine;

class TestTrainModels {
    private static final Path EVAL = Path.of("data/eval");

    /** Three small gold sets: the first papers of dev-a, dev-b and dev-c, with their inputs. */
    private static Path smallSets(Path dir) throws IOException {
        for (String set : List.of("a", "b", "c")) {
            for (String suffix : List.of(".jsonl", "-input.jsonl")) {
                List<String> lines = Files.readAllLines(EVAL.resolve("dev-" + set + suffix), StandardCharsets.UTF_8);
                Files.write(dir.resolve("dev-" + set + suffix), lines.subList(0, 6), StandardCharsets.UTF_8);
            }
        }
        return dir;
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new TrainModels());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void trainsOnEverySetItFindsAndWritesThreeReadableModels(@TempDir Path tmp) throws IOException {
        Path data = smallSets(Files.createDirectory(tmp.resolve("eval")));
        Path models = tmp.resolve("models");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "--data", data.toString(), "--out", models.toString()));
        assertTrue(out.toString().contains("18 gold papers in 3 sets (a,b,c;"), out.toString());
        for (String name : List.of("entities", "proposals", "claims")) {
            try (InputStream in = Files.newInputStream(models.resolve(name + ".json"))) {
                assertEquals(name, LinearModel.read(in, name).name());
            }
            assertTrue(out.toString().contains("train-models: " + name), out.toString());
        }
    }

    @Test
    void refusesBlindSetsFewerThanThreeSetsAndAMissingFolder(@TempDir Path tmp) throws IOException {
        Path data = smallSets(Files.createDirectory(tmp.resolve("eval")));
        String out = tmp.resolve("m").toString();
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "--data", data.toString(), "--out", out, "--sets", "a,b,c",
                "--blind", "c"));
        assertTrue(err.toString().contains("blind"), err.toString());
        assertEquals(2, run(new StringWriter(), new StringWriter(), "--data", data.toString(), "--out", out,
                "--blind", "c"));
        StringWriter missing = new StringWriter();
        assertEquals(2, run(new StringWriter(), missing, "--data", tmp.resolve("nope").toString(), "--out", out));
        assertTrue(missing.toString().contains("no such folder"), missing.toString());
    }
}
