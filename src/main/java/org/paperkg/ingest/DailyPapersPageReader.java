package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/**
 * Reads a Hugging Face Daily Papers listing page saved as text, streaming one paragraph at a time.
 *
 * <p>The page has a few header lines (ending with "... research community" and an optional date such as
 * "Mar 11"), then one block per paper: the title on one line, a blank line, and one or more abstract paragraphs.
 * A title is a short paragraph that does not end like a sentence and is followed by an abstract paragraph; a
 * title-like paragraph followed by another one is a listing whose abstract is missing, and is rejected. The
 * record number of a listing is the line number of its title. Lines may end in {@code \n}, {@code \r\n} or
 * {@code \r}; a listing with malformed UTF-8 is rejected alone.
 */
final class DailyPapersPageReader implements ListingReader {
    private static final int MAX_TITLE = 400;
    private static final int HEADER_BLOCKS = 12;
    /** Paragraphs are kept up to one character more than an abstract may have, so that longer ones are rejected. */
    private static final int MAX_KEPT = Records.MAX_ABSTRACT_CHARS + 1;
    private static final Pattern DATE_LINE = Pattern.compile("[A-Z][a-z]{2,8} \\d{1,2}(, \\d{4})?");
    private static final String HEADER_END = "research community";

    @Override
    public void read(String source, InputStream in, ListingHandler handler) {
        Paragraphs paragraphs = new Paragraphs(new ByteLines(in, 4 * MAX_KEPT));
        Page page = new Page(source, handler);
        try {
            Deque<Block> ahead = new ArrayDeque<>();
            for (int i = 0; i < HEADER_BLOCKS; i++) {
                paragraphs.next().ifPresent(ahead::add);
            }
            for (int skip = headerEnd(List.copyOf(ahead)); skip > 0; skip--) {
                ahead.removeFirst();
            }
            while (true) {
                if (ahead.isEmpty()) {
                    paragraphs.next().ifPresent(ahead::add);
                }
                Block b = ahead.pollFirst();
                if (b == null) {
                    break;
                }
                if (ahead.isEmpty()) {
                    paragraphs.next().ifPresent(ahead::add);
                }
                page.add(b, ahead.peekFirst() != null && !titleLike(ahead.peekFirst()));
            }
        } catch (IOException e) {
            handler.reject(new Rejection(source, paragraphs.lines.lineNumber() + 1, "cannot read further: " + e.getMessage()));
        }
        page.emit();
    }

    private static int headerEnd(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text.contains(HEADER_END)) {
                int next = i + 1;
                if (next < blocks.size() && DATE_LINE.matcher(blocks.get(next).text).matches()) {
                    next++;
                }
                return next;
            }
        }
        return 0;
    }

    private static boolean titleLike(Block b) {
        String s = b.text.strip();
        if (s.isEmpty() || s.length() > MAX_TITLE || s.startsWith("http") || s.contains("://")) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last != '.' && last != ':' && last != ';' && last != ',';
    }

    /** The listing being collected: its title paragraph and the abstract paragraphs seen so far. */
    private static final class Page {
        private final String source;
        private final ListingHandler handler;
        private Block title;
        private final StringBuilder abs = new StringBuilder();

        Page(String source, ListingHandler handler) {
            this.source = source;
            this.handler = handler;
        }

        /** Takes the next paragraph, knowing whether the one after it reads like an abstract. */
        void add(Block b, boolean nextIsAbstract) {
            if (titleLike(b) && nextIsAbstract) {
                emit();
                title = b;
            } else if (title == null || titleLike(b)) {
                handler.reject(new Rejection(source, b.line, titleLike(b)
                        ? "title without an abstract: \"" + Text.shorten(b.text) + "\""
                        : "abstract text without a title: \"" + Text.shorten(b.text) + "\""));
            } else if (abs.length() <= MAX_KEPT) {
                if (abs.length() > 0) {
                    abs.append(' ');
                }
                abs.append(b.text, 0, Math.min(b.text.length(), MAX_KEPT));
            }
        }

        /** Delivers the collected listing, if any. */
        void emit() {
            if (title == null) {
                return;
            }
            if (abs.length() == 0) {
                handler.reject(new Rejection(source, title.line, "title without an abstract: \"" + Text.shorten(title.text) + "\""));
            } else {
                Records.deliver(handler, source, title.line, title.text, abs.toString(), Listing.Metadata.NONE);
            }
            title = null;
            abs.setLength(0);
        }
    }

    /** Splits lines into paragraphs (runs of non-blank lines), remembering the line each starts on. */
    private static final class Paragraphs {
        private final ByteLines lines;

        Paragraphs(ByteLines lines) {
            this.lines = lines;
        }

        /** The next paragraph, or empty at the end of the input. */
        Optional<Block> next() throws IOException {
            StringBuilder cur = new StringBuilder();
            long start = 0;
            while (lines.next()) {
                String line = decode(lines).strip();
                if (line.isBlank()) {
                    if (cur.length() > 0) {
                        break;
                    }
                    continue;
                }
                if (cur.length() == 0) {
                    start = lines.lineNumber();
                } else {
                    cur.append(' ');
                }
                if (cur.length() <= MAX_KEPT) {
                    cur.append(line, 0, Math.min(line.length(), MAX_KEPT));
                }
            }
            return cur.length() == 0 ? Optional.empty() : Optional.of(new Block(cur.toString(), start));
        }

        private static String decode(ByteLines lines) {
            byte[] b = lines.buffer();
            int off = lines.lineNumber() == 1 && lines.length() >= 3
                    && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
            return Text.decodeMarking(b, off, lines.length() - off);
        }
    }

    private record Block(String text, long line) {
    }
}
