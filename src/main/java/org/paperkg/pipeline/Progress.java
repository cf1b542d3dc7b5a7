package org.paperkg.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the progress of a long run to a writer at most every few seconds: counts, rate and, when the total is
 * known, an estimate of the time left.
 */
public final class Progress {
    private static final long INTERVAL_NANOS = 5_000_000_000L;
    private final PrintWriter out;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    /**
     * @param out where to print
     * @param enabled false to print nothing
     */
    public Progress(PrintWriter out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** A progress printer that prints nothing. */
    public static Progress silent() {
        return new Progress(new PrintWriter(PrintWriter.nullWriter()), false);
    }

    /** Prints a message now. */
    public void say(String message) {
        if (enabled) {
            out.println(message);
            out.flush();
        }
    }

    /**
     * Reports progress; prints only if the last report was a while ago.
     *
     * @param done units done so far (e.g. bytes of input read)
     * @param total units in all, or 0 when unknown
     * @param listings listings processed so far
     */
    public void tick(long done, long total, long listings) {
        long now = System.nanoTime();
        if (!enabled || now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        double secs = (now - start) / 1e9;
        String eta = "";
        if (total > 0 && done > 0 && done < total) {
            double left = secs * (total - done) / done;
            eta = String.format(Locale.ROOT, ", %.0f%% done, about %s left", 100.0 * done / total, duration(left));
        }
        say(String.format(Locale.ROOT, "  %,d listings, %,.0f listings/s%s", listings, listings / secs, eta));
    }

    /** Seconds since this progress was created. */
    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The size of an input file in bytes, the unit of a run's progress; 0 when it cannot be read. */
    static long bytesOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A duration for people: "42s", "3m05s" or "1h02m". */
    static String duration(double secs) {
        long s = Math.round(secs);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
