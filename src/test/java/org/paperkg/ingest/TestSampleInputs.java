package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;

/** Each format's real-shaped sample is detected, read completely, and gives the same text as the bundled pages. */
class TestSampleInputs {
    private static final String FLOWFORMER = "Flowformer: Linearizing Transformers with Conservation Flows";
    private static final String CLIMAX = "ClimaX: A foundation model for weather and climate";
    private static final String DRAGGAN = "Drag Your GAN: Interactive Point-based Manipulation on the Generative Image Manifold";
    private static final String EUREKA = "Eureka: Human-Level Reward Design via Coding Large Language Models";
    private static final String PERSAM = "Personalize Segment Anything Model with One Shot";

    @Test
    void arxivMetadataSnapshotLines() {
        Collected c = Inputs.ingest(Inputs.SAMPLES.resolve("arxiv-metadata-sample.jsonl"));
        assertEquals(List.of(), c.rejections);
        assertEquals(List.of(FLOWFORMER, CLIMAX, DRAGGAN, EUREKA), Inputs.titles(c));
        Listing.Metadata m = c.listings.get(2).metadata();
        assertEquals(Optional.of("2305.10973"), m.arxivId());
        assertEquals(Optional.of("2305.10973"), m.id());
        assertEquals(List.of("Xingang Pan", "Ayush Tewari", "Thomas Leimkühler", "Lingjie Liu", "Abhimitra Meka",
                "Christian Theobalt"), m.authors());
        assertEquals(Optional.of("2023-05-18"), m.published(), "the first version's date, not update_date");
        assertEquals(OptionalInt.of(2023), m.year());
        assertEquals(Optional.of("SIGGRAPH 2023"), m.venue());
        assertEquals(Optional.of("https://arxiv.org/abs/2305.10973"), m.url());
        assertEquals(3, c.listings.get(2).record());
    }

    @Test
    void huggingFaceDailyPapersApiJson() {
        Collected c = Inputs.ingest(Inputs.SAMPLES.resolve("hf-daily-papers.json"));
        assertEquals(List.of(), c.rejections);
        assertEquals(List.of(FLOWFORMER, CLIMAX, DRAGGAN, EUREKA, PERSAM), Inputs.titles(c));
        Listing first = c.listings.get(0);
        assertEquals(1, first.record());
        assertEquals(Optional.of("2202.06258"), first.metadata().arxivId());
        assertEquals(List.of("Haixu Wu", "Jialong Wu", "Jiehui Xu", "Jianmin Wang", "Mingsheng Long"),
                first.metadata().authors());
        assertEquals(Optional.of("2022-02-13T12:14:36.000Z"), first.metadata().published());
        assertEquals(OptionalInt.of(2022), first.metadata().year());
        Listing unNested = c.listings.get(4);
        assertEquals(5, unNested.record());
        assertEquals(Optional.of("2305.03048"), unNested.metadata().arxivId());
        assertTrue(unNested.abstractText().endsWith("Results on DAVIS &amp; COCO &lt;10% error."),
                "HTML entities are kept as written: " + unNested.abstractText());
    }

    @Test
    void arxivApiAtomFeed() {
        Collected c = Inputs.ingest(Inputs.SAMPLES.resolve("arxiv-api.atom"));
        assertEquals(List.of(), c.rejections);
        assertEquals(List.of(CLIMAX, DRAGGAN, EUREKA), Inputs.titles(c));
        Listing.Metadata m = c.listings.get(0).metadata();
        assertEquals(Optional.of("2301.10343"), m.arxivId());
        assertEquals(Optional.of("http://arxiv.org/abs/2301.10343v2"), m.id());
        assertEquals(Optional.of("http://arxiv.org/abs/2301.10343v2"), m.url());
        assertEquals(Optional.of("2023-01-24T23:19:01Z"), m.published());
        assertEquals(Optional.of("ICML 2023"), m.venue());
        assertEquals(5, m.authors().size());
        assertEquals("Jayesh K. Gupta", m.authors().get(3));
        assertEquals(List.of(1L, 2L, 3L), c.listings.stream().map(Listing::record).toList());
    }

    @Test
    void csvWithHeaderRowAndMultiLineFields() {
        Collected c = Inputs.ingest(Inputs.SAMPLES.resolve("papers.csv"));
        assertEquals(List.of(), c.rejections);
        assertEquals(List.of(FLOWFORMER, DRAGGAN, PERSAM), Inputs.titles(c));
        Listing.Metadata m = c.listings.get(1).metadata();
        assertEquals(Optional.of("2305.10973"), m.arxivId());
        assertEquals(6, m.authors().size(), "authors split at semicolons: " + m.authors());
        assertEquals(Optional.of("2023-05-18"), m.published());
        assertEquals(OptionalInt.of(2023), m.year());
        assertEquals(Optional.of("SIGGRAPH 2023"), m.venue());
        assertEquals(Optional.of("https://arxiv.org/abs/2305.10973"), m.url());
        assertEquals(2, c.listings.get(1).record());
    }

    /** Wrapped lines, indentation and trailing breaks are cleaned the same way in every format. */
    @Test
    void everyFormatGivesTheBundledPagesText() {
        Map<String, String> pages = new HashMap<>();
        Collected bundled = new Collected();
        for (Path f : Ingester.expand(List.of(Path.of("data/daily-papers")))) {
            Ingester.detecting().read(f, bundled);
        }
        bundled.listings.forEach(l -> pages.putIfAbsent(l.title(), l.abstractText()));
        int compared = 0;
        for (String sample : List.of("arxiv-metadata-sample.jsonl", "hf-daily-papers.json", "arxiv-api.atom", "papers.csv")) {
            for (Listing l : Inputs.ingest(Inputs.SAMPLES.resolve(sample)).listings) {
                assertTrue(pages.containsKey(l.title()), sample + ": title differs from the page's: " + l.title());
                assertEquals(PaperKey.ofTitle(l.title()), PaperKey.ofTitle(l.title().toUpperCase()));
                if (!l.abstractText().contains("&amp;")) {
                    assertEquals(pages.get(l.title()), l.abstractText(), sample + ": " + l.title());
                    compared++;
                }
            }
        }
        assertEquals(14, compared);
    }
}
