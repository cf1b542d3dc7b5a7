package org.paperkg.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The input formats paperkg reads, each with its reader and the file names it is detected from.
 *
 * <p>{@link #detect(String, byte[])} picks the format of one file from its name, then from its first bytes.
 */
public enum InputFormat {
    /** A Hugging Face Daily Papers listing page saved as text: a few header lines, then title, blank line, abstract. */
    DAILY_PAPERS("daily-papers", new DailyPapersPageReader(), ".txt"),
    /** JSON Lines, one object per line with at least "title" and "abstract" (arXiv metadata snapshot fields too). */
    JSON_LINES("jsonl", new JsonLinesReader(), ".jsonl", ".ndjson", ".json");

    private final String label;
    private final ListingReader reader;
    private final String[] extensions;

    InputFormat(String label, ListingReader reader, String... extensions) {
        this.label = label;
        this.reader = reader;
        this.extensions = extensions;
    }

    /** The name of the format on the command line ({@code --input-format}). */
    public String label() {
        return label;
    }

    /** The reader for this format. Readers are stateless and thread-safe. */
    public ListingReader reader() {
        return reader;
    }

    /** The format with this label, e.g. {@code "jsonl"}. */
    public static Optional<InputFormat> byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equalsIgnoreCase(label)).findFirst();
    }

    /** The labels of all formats, comma-separated, for help and error messages. */
    public static String labels() {
        return Arrays.stream(values()).map(InputFormat::label).collect(Collectors.joining(", "));
    }

    /**
     * Detects the format of a file from its name (a trailing {@code .gz} is ignored) and, failing that, from its
     * first bytes: a file whose first non-blank character is <code>{</code> is JSON Lines.
     *
     * @param fileName the file name
     * @param head the first bytes of the decompressed content (may be empty)
     * @return the format, or empty when neither the name nor the content tells
     */
    public static Optional<InputFormat> detect(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (InputFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith(ext)) {
                    return Optional.of(f);
                }
            }
        }
        for (byte b : head) {
            if (b == '{') {
                return Optional.of(JSON_LINES);
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return looksLikeText(head) ? Optional.of(DAILY_PAPERS) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
