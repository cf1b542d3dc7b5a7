package org.paperkg.pipeline;

/**
 * Where one build spent its time, per stage, in seconds. Reading, extraction and mapping are CPU seconds of the
 * threads doing them, so they stay meaningful on a machine shared with other work; loading, consolidation and
 * counting are wall-clock seconds, since they wait on disk and the bulk loader's own threads. Stages overlap
 * (extraction runs on worker threads while the main thread reads, maps and loads), so the times do not add up to
 * the wall time.
 *
 * @param read reading and parsing input files (main thread, CPU)
 * @param extract extraction, summed over all worker threads (CPU)
 * @param map mapping extractions to RDF (main thread, CPU)
 * @param load writing quads into the store, including the bulk loader's index phase (wall)
 * @param consolidate consolidating labels and titles across named graphs
 * @param count precomputing the statistics, counting what the graph holds and recording the build
 * @param threads extraction threads
 */
public record StageTimes(double read, double extract, double map, double load, double consolidate, double count,
        int threads) {

    /** Stage times of a build that did no work. */
    public static StageTimes none(int threads) {
        return new StageTimes(0, 0, 0, 0, 0, 0, threads);
    }
}
