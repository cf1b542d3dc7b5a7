package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paperkg.pipeline.Progress;
import picocli.CommandLine.Option;

/**
 * The options shared by the commands that read listings and extract from them ({@code build}, {@code extract}):
 * {@code --threads}, {@code --strict} and {@code --quiet}, with what they mean for a run.
 */
final class ExtractionOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    Integer threads;

    @Option(names = "--strict", description = "Exit with status 1 when any record is rejected.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary, no progress.")
    boolean quiet;

    /** The number of extraction threads: as given, else one per core. */
    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Where a run reports its progress: {@code err}, or nowhere under {@code --quiet}. */
    Progress progress(PrintWriter err) {
        return new Progress(err, !quiet);
    }

    /** The exit status of a run that rejected these records: 1 under {@code --strict} if there are any, else 0. */
    int status(List<?> rejections) {
        return strict && !rejections.isEmpty() ? 1 : 0;
    }

    /** Whether every input exists; names the first missing one on {@code err} when not. */
    static boolean allFound(List<Path> inputs, PrintWriter err) {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                err.println("paperkg: error: input not found: " + p);
                return false;
            }
        }
        return true;
    }
}
