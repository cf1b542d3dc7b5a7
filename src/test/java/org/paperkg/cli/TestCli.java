package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class TestCli {

    @Test
    void helpListsEverySubcommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.status());
        for (String cmd : new String[] {"build", "serve", "query", "export", "extract", "validate", "eval"}) {
            assertTrue(r.out().contains(cmd), cmd + " missing from --help:\n" + r.out());
        }
    }

    @Test
    void buildHelpNamesEveryInputFormat() {
        CliRun r = CliRun.of("build", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().replaceAll("\\s+", " ").contains(org.paperkg.ingest.InputFormat.labels()), r.out());
    }

    @Test
    void versionNamesTheProject() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("paperkg "), r.out());
    }

    @Test
    void everySubcommandPrintsTheVersionItOffers() {
        for (String sub : PaperKg.newCommandLine().getSubcommands().keySet()) {
            if (sub.equals("help")) {
                continue;
            }
            CliRun r = CliRun.of(sub, "--version");
            assertEquals(0, r.status(), sub);
            assertTrue(r.out().startsWith("paperkg "), sub + " --version printed '" + r.out() + "'");
        }
    }

    /**
     * The help of every paperkg command shows each description, option text and footer line as written: picocli wraps
     * at any break a line break iterator allows, also after the ':' and '.' inside a URL or a file name
     * ('https: //example.org', '(. jsonl)'), so such words must not reach the end of a line; an example stays on one
     * line.
     */
    @Test
    void everyHelpTextReadsAsWritten() {
        CommandLine root = PaperKg.newCommandLine();
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        root.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                commands.add(sub);
            }
        });
        for (CommandLine cmd : commands) {
            CommandSpec spec = cmd.getCommandSpec();
            String name = spec.qualifiedName();
            CliRun r = CliRun.of(name.equals("paperkg") ? new String[] {"--help"}
                    : new String[] {spec.name(), "--help"});
            assertEquals(0, r.status(), name);
            String help = oneLine(r.out());
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            for (OptionSpec o : spec.options()) {
                if (o.hidden()) {
                    continue;
                }
                String defaultValue = String.valueOf(o.defaultValue());
                texts.add(String.join(" ", o.description()).replace("${DEFAULT-VALUE}", defaultValue));
            }
            for (String text : texts) {
                assertTrue(help.contains(oneLine(text)), name + ": the help does not show '" + text + "' as written:\n"
                        + r.out());
            }
            for (String line : spec.usageMessage().footer()) {
                assertTrue(r.out().lines().toList().contains(line),
                        name + ": the footer line '" + line + "' is not on one line:\n" + r.out());
            }
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Test
    void usageErrorsExitWith2AndSayWhy() {
        CliRun unknown = CliRun.of("export", "--format", "yaml", "--db", "nowhere");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown format 'yaml'"), unknown.err());
        CliRun missing = CliRun.of("extract");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--input"), missing.err());
    }

    @Test
    void buildNamesAMissingInputAndFailsUnderStrictOnlyWhenARecordIsRejected(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("papers.jsonl"), """
                {"id": "p1", "title": "Lion: Symbolic Discovery of Optimization Algorithms", "abstract": "We present Lion, a simple optimizer."}
                {"id": "p2", "title": "No abstract here"}
                """);
        String db = dir.resolve("db").toString();
        CliRun missing = CliRun.of("build", "--db", db, "--input", dir.resolve("none.jsonl").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("input not found: " + dir.resolve("none.jsonl")), missing.err());
        CliRun lenient = CliRun.of("build", "--db", db, "--input", in.toString(), "--threads", "1", "--quiet");
        assertEquals(0, lenient.status(), lenient.err());
        assertTrue(lenient.out().contains("papers.jsonl:2: record has no abstract"), lenient.out());
        assertEquals("", lenient.err(), "progress under --quiet");
        Files.writeString(in, "\n", StandardOpenOption.APPEND);
        CliRun strict = CliRun.of("build", "--db", db, "--input", in.toString(), "--strict", "-q");
        assertEquals(1, strict.status(), strict.out());
    }

    @Test
    void aFileThatCannotBeWrittenOrADatabaseThatCannotBeOpenedIsNamedWithTheReason(@TempDir Path dir)
            throws Exception {
        Path in = Files.writeString(dir.resolve("papers.jsonl"), """
                {"id": "p1", "title": "Lion: Symbolic Discovery of Optimization Algorithms", "abstract": "We present Lion, a simple optimizer."}
                """);
        Path out = dir.resolve("missing").resolve("out.jsonl");
        CliRun extract = CliRun.of("extract", "--input", in.toString(), "--out", out.toString(), "-q");
        assertEquals(1, extract.status());
        assertTrue(extract.err().contains("paperkg: error: " + out + ": no such file or folder"), extract.err());
        Path db = in.resolve("db");
        CliRun build = CliRun.of("build", "--db", db.toString(), "--input", in.toString(), "-q");
        assertEquals(1, build.status());
        assertTrue(build.err().contains("paperkg: error: cannot open the database at " + db + ": "), build.err());
    }

    @Test
    void missingDatabaseIsAClearFailure(@TempDir Path dir) {
        CliRun r = CliRun.of("validate", "--db", dir.resolve("none").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no database at"), r.err());
    }

    @Test
    void extractWritesTheContractSchemaAndReportsBadRecords(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("papers.jsonl");
        Files.writeString(in, """
                {"id": "p1", "title": "Lion: Symbolic Discovery of Optimization Algorithms", "abstract": "We present Lion, a simple optimizer. Lion outperforms Adam by 2% top-1 accuracy on ImageNet. Code is at https://github.com/google/automl."}
                {"id": "p2", "title": "Broken
                {"id": "p3", "title": "No abstract here"}
                """);
        Path out = dir.resolve("out.jsonl");
        CliRun r = CliRun.of("extract", "--input", in.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("papers.jsonl:2: invalid JSON"), r.err());
        assertTrue(r.err().contains("papers.jsonl:3: record has no abstract"), r.err());
        var lines = Files.readAllLines(out);
        assertEquals(1, lines.size());
        JsonNode n = new ObjectMapper().readTree(lines.get(0));
        assertEquals("p1", n.get("id").asText());
        for (String f : new String[] {"datasets", "models", "methods", "tasks", "metrics", "proposed", "code", "claims"}) {
            assertTrue(n.get(f).isArray(), f);
        }
        assertEquals("https://github.com/google/automl", n.get("code").get(0).asText());
        JsonNode claim = n.get("claims").get(0);
        assertEquals("Lion", claim.get("subject").asText());
        assertEquals("outperforms", claim.get("relation").asText());
        assertEquals("Adam", claim.get("object").asText());
        assertTrue(claim.get("object_named").asBoolean());
        CliRun strict = CliRun.of("extract", "--input", in.toString(), "--out", out.toString(), "--strict");
        assertEquals(1, strict.status());
    }
}
