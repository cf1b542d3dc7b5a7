package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/**
 * Reads JSON Lines: one object per line with at least {@code title} and {@code abstract}.
 *
 * <p>Optional fields: {@code id}, {@code arxiv_id}, {@code authors} (array, or one string "A, B and C"),
 * {@code published} (or {@code update_date}), {@code venue}, {@code year}, {@code url}. Records shaped like the
 * arXiv metadata snapshot (with {@code categories} or {@code versions}) take their {@code id} as the arXiv id.
 * Each line is decoded and parsed on its own, so a bad line costs only itself.
 */
final class JsonLinesReader implements ListingReader {
    /** Lines longer than this are rejected without being parsed. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    private static final Pattern ARXIV_ID = Pattern.compile("(?:arxiv\\.org/(?:abs|pdf)/)?(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b)\\s*");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void read(String source, InputStream in, ListingHandler handler) {
        ByteLines lines = new ByteLines(in, MAX_LINE_BYTES);
        try {
            while (lines.next()) {
                long n = lines.lineNumber();
                if (lines.tooLong()) {
                    handler.reject(new Rejection(source, n, "line longer than " + MAX_LINE_BYTES + " bytes"));
                    continue;
                }
                if (lines.isBlank()) {
                    continue;
                }
                Optional<String> text = Text.decodeStrict(lines.buffer(), 0, lines.length());
                if (text.isEmpty()) {
                    handler.reject(new Rejection(source, n, "invalid UTF-8"));
                    continue;
                }
                parse(source, n, text.get(), handler);
            }
        } catch (IOException e) {
            handler.reject(new Rejection(source, lines.lineNumber(), "cannot read further: " + e.getMessage()));
        }
    }

    private void parse(String source, long n, String line, ListingHandler handler) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            handler.reject(new Rejection(source, n, "invalid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            handler.reject(new Rejection(source, n, "not a JSON object"));
            return;
        }
        String title = Text.cleanTitle(text(node, "title").orElse(""));
        String abs = Text.cleanAbstract(text(node, "abstract").orElse(""));
        if (title.isEmpty()) {
            handler.reject(new Rejection(source, n, "record has no title"));
            return;
        }
        if (abs.isEmpty()) {
            handler.reject(new Rejection(source, n, "record has no abstract: \"" + title + "\""));
            return;
        }
        handler.accept(new Listing(source, n, title, abs, metadata(node)));
    }

    private static Listing.Metadata metadata(JsonNode node) {
        Optional<String> id = text(node, "id");
        boolean arxivShaped = node.has("categories") || node.has("versions");
        Optional<String> arxiv = text(node, "arxiv_id").or(() -> arxivShaped ? id : Optional.empty())
                .flatMap(JsonLinesReader::arxivId);
        Optional<String> published = text(node, "published").or(() -> text(node, "update_date"))
                .or(() -> text(node, "publishedAt"));
        OptionalInt year = year(node.get("year"));
        if (year.isEmpty() && published.isPresent()) {
            Matcher m = YEAR.matcher(published.get());
            year = m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
        }
        return new Listing.Metadata(id, arxiv, authors(node.get("authors")), published, text(node, "venue"), year,
                text(node, "url"));
    }

    private static Optional<String> arxivId(String s) {
        Matcher m = ARXIV_ID.matcher(s.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static OptionalInt year(JsonNode n) {
        if (n == null) {
            return OptionalInt.empty();
        }
        if (n.isInt()) {
            return OptionalInt.of(n.intValue());
        }
        if (n.isTextual() && n.asText().strip().matches("\\d{4}")) {
            return OptionalInt.of(Integer.parseInt(n.asText().strip()));
        }
        return OptionalInt.empty();
    }

    private static List<String> authors(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode a : n) {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank()) {
                    out.add(Text.cleanTitle(name));
                }
            }
        } else if (n.isTextual()) {
            for (String a : AUTHOR_SPLIT.split(n.asText())) {
                if (!a.isBlank()) {
                    out.add(Text.cleanTitle(a));
                }
            }
        }
        return out;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
