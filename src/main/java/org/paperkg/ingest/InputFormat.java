package org.paperkg.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The input formats paperkg reads, each with its reader, its {@code --input-format} label and the file name
 * endings it is detected from.
 *
 * <p>{@link #detect(String, byte[])} picks the format of one file from its name, then from its first bytes.
 */
public enum InputFormat {
    /** A Hugging Face Daily Papers listing page saved as text: a few header lines, then title, blank line, abstract. */
    DAILY_PAPERS("daily-papers", new DailyPapersPageReader(), ".txt"),
    /** JSON Lines, one object per line with at least "title" and "abstract"; also the arXiv metadata snapshot. */
    JSON_LINES("jsonl", new JsonLinesReader(), ".jsonl", ".ndjson"),
    /** The JSON of the Hugging Face Daily Papers API: an array of objects, each with a "paper". */
    DAILY_PAPERS_JSON("daily-papers-json", new DailyPapersJsonReader()),
    /** The Atom XML of the arXiv API: a feed of entries. */
    ARXIV_ATOM("arxiv-atom", new ArxivAtomReader(), ".atom", ".xml"),
    /** CSV with a header row naming at least the title and abstract columns. */
    CSV("csv", new CsvReader(), ".csv");

    private static final List<String> CSV_ABSTRACT = List.of("abstract", "summary");

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
     * first bytes.
     *
     * <p>By name: {@code .txt} is a Daily Papers page, {@code .jsonl} and {@code .ndjson} JSON Lines, {@code .csv}
     * CSV, {@code .atom} and {@code .xml} arXiv Atom; {@code .json} and other names are told by content. By content
     * (after a byte order mark and white space): {@code [} starts Daily Papers API JSON; <code>{</code> starts JSON
     * Lines when the first line is one whole object, else Daily Papers API JSON (pretty-printed objects);
     * {@code <} starts arXiv Atom when the head names an Atom {@code feed} or {@code entry}; a first line that is
     * a comma-separated header with {@code title} and {@code abstract} or {@code summary} is CSV; other text is a
     * Daily Papers page. Binary content has no format.
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
        return sniff(head);
    }

    private static Optional<InputFormat> sniff(byte[] head) {
        if (head.length == 0 || Text.looksBinary(head)) {
            return Optional.empty();
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int eol = firstLineEnd(text);
        String firstLine = text.substring(0, eol).strip();
        switch (text.charAt(0)) {
            case '[':
                return Optional.of(DAILY_PAPERS_JSON);
            case '{':
                boolean wholeLine = eol == text.length() || firstLine.endsWith("}");
                return Optional.of(wholeLine ? JSON_LINES : DAILY_PAPERS_JSON);
            case '<':
                return text.contains("<feed") || text.contains("<entry") ? Optional.of(ARXIV_ATOM) : Optional.empty();
            default:
                return Optional.of(csvHeader(firstLine) ? CSV : DAILY_PAPERS);
        }
    }

    private static int firstLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean csvHeader(String line) {
        List<String> names = Arrays.stream(line.split(","))
                .map(s -> s.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
        return names.size() > 1 && names.contains("title") && names.stream().anyMatch(CSV_ABSTRACT::contains);
    }
}
