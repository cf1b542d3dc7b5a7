package org.paperkg.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.paperkg.model.Rejection;

/**
 * Reads listings from files and folders, detecting each file's format and compression.
 *
 * <pre>{@code
 * Ingester ingester = Ingester.detecting();
 * for (Path file : Ingester.expand(List.of(Path.of("data/daily-papers")))) {
 *     ingester.read(file, handler);
 * }
 * }</pre>
 */
public final class Ingester implements ListingSource {
    private static final int HEAD = 4096;
    private final Optional<InputFormat> forced;

    private Ingester(Optional<InputFormat> forced) {
        this.forced = forced;
    }

    /** An ingester that detects each file's format from its name and content. */
    public static Ingester detecting() {
        return new Ingester(Optional.empty());
    }

    /** An ingester that reads every file in the given format. */
    public static Ingester forcing(InputFormat format) {
        return new Ingester(Optional.of(format));
    }

    /**
     * Expands files and folders into the sorted list of regular files they hold (folders recursively, hidden
     * files skipped).
     *
     * @throws IllegalArgumentException when an input does not exist
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("input not found: " + p);
            }
        }
        return files;
    }

    /**
     * The name a file is known by in the graph and in messages: its path relative to the working folder when it
     * lies below it, else its absolute path; always with forward slashes.
     */
    public static String sourceName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /**
     * Reads one file: decompresses gzip (by magic number), detects the format, and hands every listing and
     * rejection to the handler. A file that cannot be opened, is empty or binary, or whose format is unknown
     * becomes one rejection.
     */
    @Override
    public void read(Path file, ListingHandler handler) {
        String source = sourceName(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream in = gunzipIfNeeded(raw);
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            if (head.length == 0) {
                handler.reject(new Rejection(source, 0, "empty file"));
                return;
            }
            if (Text.looksBinary(head)) {
                handler.reject(new Rejection(source, 0, "binary content, not a paper listing"));
                return;
            }
            String name = file.getFileName().toString();
            Optional<InputFormat> format = forced.or(() -> InputFormat.detect(name, head));
            if (format.isEmpty()) {
                handler.reject(new Rejection(source, 0, "unknown format (expected one of: " + InputFormat.labels() + ")"));
                return;
            }
            readSafely(format.get(), source, in, handler);
        } catch (IOException e) {
            handler.reject(new Rejection(source, 0, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Runs a reader so that a defect in it costs the rest of one file, reported as a rejection, rather than the
     * whole build.
     */
    private static void readSafely(InputFormat format, String source, InputStream in, ListingHandler handler) {
        try {
            format.reader().read(source, in, handler);
        } catch (RuntimeException e) {
            handler.reject(new Rejection(source, 0, "the " + format.label() + " reader failed, rest of file not read: " + e));
        }
    }

    private static InputStream gunzipIfNeeded(InputStream raw) throws IOException {
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new StreamedGunzip(raw, 1 << 16), 1 << 16);
        }
        return raw;
    }
}
