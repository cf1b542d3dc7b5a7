package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void usageErrorsExitWith2AndSayWhy() {
        CliRun unknown = CliRun.of("export", "--format", "yaml", "--db", "nowhere");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown format 'yaml'"), unknown.err());
        CliRun missing = CliRun.of("extract");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--input"), missing.err());
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
