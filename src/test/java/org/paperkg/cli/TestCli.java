package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCli {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PaperKg.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpListsEverySubcommand() {
        Run r = run("--help");
        assertEquals(0, r.status());
        for (String cmd : new String[] {"build", "serve", "query", "export", "extract", "validate", "eval"}) {
            assertTrue(r.out().contains(cmd), cmd + " missing from --help:\n" + r.out());
        }
    }

    @Test
    void buildHelpNamesEveryInputFormat() {
        Run r = run("build", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().replaceAll("\\s+", " ").contains(org.paperkg.ingest.InputFormat.labels()), r.out());
    }

    @Test
    void versionNamesTheProject() {
        Run r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("paperkg "), r.out());
    }

    @Test
    void usageErrorsExitWith2AndSayWhy() {
        Run unknown = run("export", "--format", "yaml", "--db", "nowhere");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown format 'yaml'"), unknown.err());
        Run missing = run("extract");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--input"), missing.err());
    }

    @Test
    void missingDatabaseIsAClearFailure(@TempDir Path dir) {
        Run r = run("validate", "--db", dir.resolve("none").toString());
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
        Run r = run("extract", "--input", in.toString(), "--out", out.toString());
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
        Run strict = run("extract", "--input", in.toString(), "--out", out.toString(), "--strict");
        assertEquals(1, strict.status());
    }
}
