package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/**
 * Reads a Hugging Face Daily Papers listing page saved as text.
 *
 * <p>The page has a few header lines (ending with "... research community" and an optional date such as
 * "Mar 11"), then one block per paper: the title on one line, a blank line, and one or more abstract paragraphs.
 * A title is a short paragraph that does not end like a sentence and is followed by an abstract paragraph; a
 * title-like paragraph followed by another one is a listing whose abstract is missing, and is rejected. The
 * record number of a listing is the line number of its title.
 */
final class DailyPapersPageReader implements ListingReader {
    private static final int MAX_TITLE = 400;
    private static final Pattern DATE_LINE = Pattern.compile("[A-Z][a-z]{2,8} \\d{1,2}(, \\d{4})?");
    private static final String HEADER_END = "research community";

    @Override
    public void read(String source, InputStream in, ListingHandler handler) {
        String text;
        try {
            text = decode(in.readAllBytes());
        } catch (IOException e) {
            handler.reject(new Rejection(source, 0, "cannot read: " + e.getMessage()));
            return;
        }
        if (text.indexOf('\0') >= 0) {
            handler.reject(new Rejection(source, 0, "binary content, not a listing page"));
            return;
        }
        List<Block> blocks = blocks(text);
        int start = headerEnd(blocks);
        Block title = null;
        List<Block> paragraphs = new ArrayList<>();
        for (int i = start; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean nextIsAbstract = i + 1 < blocks.size() && !titleLike(blocks.get(i + 1));
            if (titleLike(b) && nextIsAbstract) {
                emit(source, title, paragraphs, handler);
                title = b;
                paragraphs = new ArrayList<>();
            } else if (title == null || titleLike(b)) {
                handler.reject(new Rejection(source, b.line, titleLike(b)
                        ? "title without an abstract: \"" + shorten(b.text) + "\""
                        : "abstract text without a title: \"" + shorten(b.text) + "\""));
            } else {
                paragraphs.add(b);
            }
        }
        emit(source, title, paragraphs, handler);
    }

    private static void emit(String source, Block title, List<Block> paragraphs, ListingHandler handler) {
        if (title == null) {
            return;
        }
        if (paragraphs.isEmpty()) {
            handler.reject(new Rejection(source, title.line, "title without an abstract: \"" + shorten(title.text) + "\""));
            return;
        }
        StringBuilder abs = new StringBuilder();
        for (Block p : paragraphs) {
            if (abs.length() > 0) {
                abs.append(' ');
            }
            abs.append(p.text);
        }
        String t = Text.cleanTitle(title.text);
        String a = Text.cleanAbstract(abs.toString());
        if (t.indexOf('\uFFFD') >= 0 || a.indexOf('\uFFFD') >= 0) {
            handler.reject(new Rejection(source, title.line, "invalid UTF-8 in title or abstract"));
            return;
        }
        handler.accept(Listing.of(source, title.line, t, a));
    }

    private static String decode(byte[] bytes) {
        int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return Text.decodeStrict(bytes, off, bytes.length - off)
                .orElseGet(() -> new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8));
    }

    private static int headerEnd(List<Block> blocks) {
        int limit = Math.min(blocks.size(), 12);
        for (int i = 0; i < limit; i++) {
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

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Splits text into paragraphs (runs of non-blank lines), remembering the line each starts on. */
    private static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        StringBuilder cur = new StringBuilder();
        int startLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                if (cur.length() > 0) {
                    out.add(new Block(cur.toString(), startLine));
                    cur.setLength(0);
                }
            } else {
                if (cur.length() == 0) {
                    startLine = i + 1;
                } else {
                    cur.append(' ');
                }
                cur.append(line.strip());
            }
        }
        if (cur.length() > 0) {
            out.add(new Block(cur.toString(), startLine));
        }
        return out;
    }

    private record Block(String text, int line) {
    }
}
