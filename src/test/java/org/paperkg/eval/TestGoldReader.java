package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.EntityType;
import org.paperkg.model.Rejection;
import org.paperkg.model.Relation;

class TestGoldReader {

    private static final String EMPTY_FIELDS = "\"datasets\": {\"core\": [], \"optional\": []}, "
            + "\"models\": {\"core\": [], \"optional\": []}, \"methods\": {\"core\": [], \"optional\": []}, "
            + "\"tasks\": {\"core\": [], \"optional\": []}, \"metrics\": {\"core\": [], \"optional\": []}";

    private static final String CLAIM = "{\"subject\": \"Eureka\", \"relation\": \"outperforms\", "
            + "\"object\": \"human experts\", \"object_named\": false, \"datasets\": [], "
            + "\"metric\": \"average normalized improvement\", \"magnitude\": \"52%\", "
            + "\"sentence\": \"Eureka outperforms human experts on 83% of the tasks.\"}";

    private static final String FULL = "{\"id\": \"p1\", \"title\": \"Eureka: Human-Level Reward Design\", "
            + "\"datasets\": {\"core\": [], \"optional\": []}, "
            + "\"models\": {\"core\": [\"GPT-4\"], \"optional\": [\"LLMs\"]}, "
            + "\"methods\": {\"core\": [\"Eureka\", \"RLHF\"], \"optional\": [\"reinforcement learning\"]}, "
            + "\"tasks\": {\"core\": [\"dexterous pen spinning\"], \"optional\": []}, "
            + "\"metrics\": {\"core\": [\"average normalized improvement\"], \"optional\": []}, "
            + "\"proposed\": [\"Eureka\"], \"claims\": [" + CLAIM + "], "
            + "\"code\": [\"https://eureka-research.github.io\"], \"notes\": \"ignored\"}";

    private final GoldReader reader = new GoldReader();

    private static String paper(String title, String extra) {
        return "{\"title\": \"" + title + "\", " + EMPTY_FIELDS + ", \"proposed\": [], \"claims\": [], \"code\": []"
                + extra + "}";
    }

    @Test
    void readsEveryFieldOfTheGuideFormat() throws IOException {
        GoldReader.Result r = reader.read(new StringReader(FULL + "\n"), "gold.jsonl");

        assertEquals(List.of(), r.errors());
        GoldRecord g = r.records().get(0);
        assertEquals(Optional.of("p1"), g.id());
        assertEquals("Eureka: Human-Level Reward Design", g.title());
        assertEquals(new TieredNames(List.of("GPT-4"), List.of("LLMs")), g.names(EntityType.MODEL));
        assertEquals(TieredNames.EMPTY, g.names(EntityType.DATASET));
        assertEquals(List.of("Eureka"), g.proposed());
        assertEquals(List.of("https://eureka-research.github.io"), g.code());
        assertEquals(new GoldClaim("Eureka", Relation.OUTPERFORMS, "human experts", false, List.of(),
                Optional.of("average normalized improvement"), Optional.of("52%"),
                "Eureka outperforms human experts on 83% of the tasks."), g.claims().get(0));
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndGoodLinesAreKept() throws IOException {
        String text = String.join("\n",
                paper("Good one", ""),
                "{\"title\": \"truncated\", ",
                "",
                paper("No claims key", "").replace(", \"claims\": []", ""),
                paper("Good two", ""),
                "[1, 2]",
                paper("Bad relation", "").replace("\"claims\": []",
                        "\"claims\": [" + CLAIM.replace("outperforms", "beats") + "]"),
                paper("Both tiers", "").replace("\"models\": {\"core\": [], \"optional\": []}",
                        "\"models\": {\"core\": [\"GPT-4\"], \"optional\": [\"gpt4\"]}"),
                paper("Plain list", "").replace("\"tasks\": {\"core\": [], \"optional\": []}", "\"tasks\": [\"QA\"]"),
                paper("good one!", ""));

        GoldReader.Result r = reader.read(new StringReader(text), "dev.jsonl");

        assertEquals(List.of("Good one", "Good two"), r.records().stream().map(GoldRecord::title).toList());
        assertEquals(List.of(2L, 4L, 6L, 7L, 8L, 9L, 10L), r.errors().stream().map(Rejection::record).toList());
        r.errors().forEach(e -> assertEquals("dev.jsonl", e.source()));
        assertTrue(r.errors().get(0).reason().startsWith("invalid JSON"), r.errors().get(0).reason());
        assertTrue(r.errors().get(1).reason().contains("'claims'"), r.errors().get(1).reason());
        assertTrue(r.errors().get(2).reason().contains("JSON object"), r.errors().get(2).reason());
        assertTrue(r.errors().get(3).reason().contains("unknown relation 'beats'"), r.errors().get(3).reason());
        assertTrue(r.errors().get(4).reason().contains("both core and optional"), r.errors().get(4).reason());
        assertTrue(r.errors().get(5).reason().contains("'tasks' must be an object"), r.errors().get(5).reason());
        assertTrue(r.errors().get(6).reason().contains("duplicate paper"), r.errors().get(6).reason());
        assertTrue(r.errors().get(0).toString().startsWith("dev.jsonl:2: "), r.errors().get(0).toString());
    }

    @Test
    void claimsMustCarryEveryKeyOfTheGuide() throws IOException {
        String line = paper("P", "").replace("\"claims\": []",
                "\"claims\": [" + CLAIM.replace("\"magnitude\": \"52%\", ", "") + "]");

        GoldReader.Result r = reader.read(new StringReader(line), "g.jsonl");

        assertEquals(List.of(), r.records());
        assertEquals("claim 1: missing 'magnitude'", r.errors().get(0).reason());
    }

    @Test
    void papersWithTheSameTitleButDifferentIdsAreBothKept() throws IOException {
        String text = paper("Same", ", \"id\": \"a\"") + "\n" + paper("Same", ", \"id\": \"b\"") + "\n"
                + paper("Same", ", \"id\": \"a\"");

        GoldReader.Result r = reader.read(new StringReader(text), "g.jsonl");

        assertEquals(2, r.records().size());
        assertEquals(1, r.errors().size());
        assertEquals(3L, r.errors().get(0).record());
    }

    @Test
    void readsPlainAndGzipFilesAndNamesThemInErrors(@TempDir Path dir) throws IOException {
        String text = "\uFEFF" + FULL + "\nnot json\n";
        Path plain = dir.resolve("gold.jsonl");
        Files.writeString(plain, text, StandardCharsets.UTF_8);
        Path gz = dir.resolve("gold.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }

        for (Path file : List.of(plain, gz)) {
            GoldReader.Result r = reader.read(file);
            assertEquals(1, r.records().size(), file.toString());
            assertEquals(List.of(new Rejection(file.toString(), 2, r.errors().get(0).reason())), r.errors());
        }
    }
}
