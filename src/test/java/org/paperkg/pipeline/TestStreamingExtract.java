package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingester;
import org.paperkg.ingest.ListingHandler;
import org.paperkg.ingest.ListingSource;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/** {@code paperkg extract} streams: bounded listings in flight, input order, one paper once, bad records alone. */
class TestStreamingExtract {
    private static final int LISTINGS = 5_000;
    /** Returns an extraction that names the listing it came from, by its title. */
    private static final Extractor ECHO = (id, title, text) -> new Extraction(id, title, Map.of(), List.of(),
            List.of(), List.of(), List.of());

    /** Returns an extraction whose one proposal is the abstract it was given, to show which abstract that was. */
    private static final Extractor ABSTRACT_AS_PROPOSAL = (id, title, text) -> new Extraction(id, title, Map.of(),
            List.of(text), List.of(), List.of(), List.of());

    @TempDir
    Path dir;

    /**
     * Hands out {@link #LISTINGS} listings per read of its one file, every 1,000th of them a bad record, and counts
     * on the reading thread, for the last pass over the file (the one that feeds the sink), the most listings read
     * but not yet written by the sink.
     */
    private static final class CountingSource implements ListingSource {
        int passes;
        long readThisPass;
        long written;
        long mostInFlight;

        @Override
        public void read(Path file, ListingHandler handler) {
            passes++;
            readThisPass = 0;
            mostInFlight = 0;
            for (int i = 1; i <= LISTINGS; i++) {
                if (i % 1_000 == 0) {
                    handler.reject(new Rejection(file.toString(), i, "bad record"));
                    continue;
                }
                readThisPass++;
                mostInFlight = Math.max(mostInFlight, readThisPass - written);
                handler.accept(Listing.of(file.toString(), i, "Paper number " + i, "Abstract of paper " + i + "."));
            }
        }
    }

    @Test
    void extractionsAreWrittenInInputOrderWhileReadingWithBoundedListingsInFlight() throws IOException {
        Path file = Files.writeString(dir.resolve("papers.jsonl"), "{}\n");
        CountingSource source = new CountingSource();
        ExtractPipeline pipeline = new ExtractPipeline(ECHO, source, 2);
        List<String> titles = new ArrayList<>();

        ExtractPipeline.Result r = pipeline.run(List.of(file), e -> {
            titles.add(e.title());
            source.written++;
        });

        int good = LISTINGS - LISTINGS / 1_000;
        assertTrue(source.mostInFlight <= pipeline.maxInFlight(),
                source.mostInFlight + " listings in flight, bound " + pipeline.maxInFlight());
        assertEquals(good, titles.size());
        assertEquals(good, r.papers());
        assertEquals(good, r.listings());
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= LISTINGS; i++) {
            if (i % 1_000 != 0) {
                expected.add("Paper number " + i);
            }
        }
        assertEquals(expected, titles, "input order");
        assertEquals(List.of(file + ":1000", file + ":2000", file + ":3000", file + ":4000", file + ":5000"),
                r.rejections().stream().map(x -> x.source() + ":" + x.record()).toList(), "each bad record once");
        assertEquals(2, source.passes, "one pass to find each paper's winning listing, one to extract");
        assertTrue(pipeline.maxInFlight() < good / 4, "the bound is far below the corpus: " + pipeline.maxInFlight());
    }

    @Test
    void aPaperListedTwiceIsExtractedOnceFromItsLongerAbstractAtThatListingsPlace() throws IOException {
        String shortText = "We propose FooNet. FooNet outperforms ResNet-50 on ImageNet.";
        String longText = "We propose FooNet, a convolutional network. FooNet outperforms ResNet-50 on ImageNet. "
                + "FooNet also outperforms VGG-16 on CIFAR-10.";
        Path a = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                record("a1", "FooNet for image classification", shortText),
                record("a2", "BarGAN generates faces", "We introduce BarGAN. BarGAN outperforms StyleGAN on FFHQ.")) + "\n");
        Path b = Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
                record("b1", "Tuning BERT for question answering", "We fine-tune BERT on SQuAD."),
                record("b2", "FooNet for Image Classification", longText)) + "\n");
        List<Extraction> out = new ArrayList<>();

        ExtractPipeline.Result r = new ExtractPipeline(ABSTRACT_AS_PROPOSAL, Ingester.detecting(), 2)
                .run(List.of(a, b), out::add);

        assertEquals(4, r.listings());
        assertEquals(3, r.papers());
        assertEquals(List.of("a2", "b1", "b2"), out.stream().map(Extraction::id).toList(),
                "FooNet comes once, from b2, its longer abstract, at b2's place");
        assertEquals(List.of(longText), out.get(2).proposed(), "extracted from b2's abstract only");
    }

    @Test
    void listingsSharingAnArxivIdAreOnePaperWhateverTheirTitlesAsInABuild() throws IOException {
        String shortText = "We propose FooNet. FooNet outperforms ResNet-50 on ImageNet.";
        String longText = "We propose FooNet, a sparse network. FooNet outperforms ResNet-50 on ImageNet by 2%.";
        Path a = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                BuildFixture.paper("a1", "2401.00001", "FooNet for image classification", longText),
                BuildFixture.paper("a2", "2401.00002", "BarGAN generates faces", "We introduce BarGAN."),
                BuildFixture.paper("a3", "2401.00001v2", "FooNet: Sparse Kernels for Classification", shortText),
                record("a4", "FOONET: sparse kernels for classification", shortText + " It is fast.")) + "\n");
        List<Extraction> out = new ArrayList<>();

        ExtractPipeline.Result r = new ExtractPipeline(ABSTRACT_AS_PROPOSAL, Ingester.detecting(), 2)
                .run(List.of(a), out::add);

        assertEquals(4, r.listings());
        assertEquals(List.of("a1", "a2"), out.stream().map(Extraction::id).toList(),
                "a3 shares a1's arXiv id and a4 a3's title: one paper, from a1, its longest abstract");
        assertEquals(List.of(longText), out.get(0).proposed());
    }

    private static String record(String id, String title, String abstractText) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"abstract\": \"" + abstractText + "\"}";
    }
}
