package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.ingest.Ingester;
import org.paperkg.model.Extraction;
import org.paperkg.model.Rejection;
import org.paperkg.store.KgStore;

/** An extractor that fails on one record costs that record only, in a build and in extract. */
class TestExtractionFailure {
    private static final Extractor RULES = RuleExtractor.withDefaults();
    /** Fails on the paper whose title mentions a poison word, like a bug in one rule would. */
    private static final Extractor FAILS_ON_POISON = (id, title, text) -> {
        if (title.contains("Poison")) {
            throw new StringIndexOutOfBoundsException("begin 216, end 14, length 232");
        }
        return RULES.extract(id, title, text);
    };

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            String title = i == 3 ? "Poison paper number 3" : "Good paper number " + i;
            lines.add("{\"id\":\"p" + i + "\",\"title\":\"" + title + "\",\"abstract\":\"We propose Net" + i
                    + ". Net" + i + " outperforms ResNet-50 on ImageNet.\"}");
        }
        return Files.write(dir.resolve("papers.jsonl"), lines);
    }

    @Test
    void aBuildRejectsTheFailingRecordAndLoadsEveryOther() throws IOException {
        Path file = corpus();
        try (KgStore store = KgStore.inMemory()) {
            BuildSummary s = BuildPipeline.builder().store(store).extractor(FAILS_ON_POISON, "test").threads(2).build()
                    .run(List.of(file));
            assertEquals(199, s.papers());
            assertEquals(1, s.rejections().size());
            Rejection r = s.rejections().get(0);
            assertEquals(file.toString(), r.source());
            assertEquals(3, r.record());
            assertTrue(r.reason().startsWith("extraction failed"), r.reason());
            assertTrue(r.reason().contains("StringIndexOutOfBoundsException"), r.reason());
        }
    }

    @Test
    void extractRejectsTheFailingPaperAndWritesEveryOther() throws IOException {
        Path file = corpus();
        List<Extraction> out = new ArrayList<>();
        ExtractPipeline.Result r = new ExtractPipeline(FAILS_ON_POISON, Ingester.detecting(), 2).run(List.of(file),
                out::add);
        assertEquals(199, out.size());
        assertEquals(199, r.papers());
        assertEquals(List.of(file + ":3"), r.rejections().stream().map(x -> x.source() + ":" + x.record()).toList());
    }
}
