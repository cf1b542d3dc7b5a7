package org.paperkg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.paperkg.kg.IriMinter;
import org.paperkg.store.GraphStore;
import org.paperkg.store.KgStore;

/** What the build tests share: JSON Lines records, and a build with the rule extractor on 2 threads at a fixed time. */
final class BuildFixture {
    /** The time of the builds of {@link #build(KgStore, Path...)}. */
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private BuildFixture() {
    }

    /** One JSON Lines record of a paper. */
    static String paper(String id, String title, String abstractText) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"abstract\": \"" + abstractText + "\"}";
    }

    /** One JSON Lines record of a paper with its arXiv identifier. */
    static String paper(String id, String arxivId, String title, String abstractText) {
        return "{\"id\": \"" + id + "\", \"arxiv_id\": \"" + arxivId + "\", \"title\": \"" + title
                + "\", \"abstract\": \"" + abstractText + "\"}";
    }

    /** Builds the files into the store at the clock's time, recording the given extractor version. */
    static BuildSummary build(GraphStore store, Clock clock, String extractorVersion, Path... files) {
        return BuildPipeline.builder()
                .store(store)
                .extractor(Pipelines.extractor(), extractorVersion)
                .resolver(Pipelines.resolver())
                .clock(clock)
                .threads(2)
                .build()
                .run(List.of(files));
    }

    /** Builds the files into the store at {@link #FIXED} with the current extractor version. */
    static void build(KgStore store, Path... files) {
        build(store, FIXED, Pipelines.extractorVersion(), files);
    }

    /** Writes JSON Lines records to a file of a folder, one per line. */
    static Path file(Path dir, String name, String... records) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", records) + "\n");
    }

    /** Every named graph of the store but the metadata graph, whose build records differ between builds. */
    static DatasetSnapshot sources(KgStore store) {
        String meta = IriMinter.defaultBase().metaGraph().getURI();
        return DatasetSnapshot.of(store.datasetGraph()).without(g -> g.equals(meta));
    }
}
