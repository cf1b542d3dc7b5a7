package org.paperkg.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.paperkg.store.GraphStore;

/** What the build tests share: JSON Lines records, and a build with the rule extractor on 2 threads at a fixed time. */
final class BuildFixture {
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
}
