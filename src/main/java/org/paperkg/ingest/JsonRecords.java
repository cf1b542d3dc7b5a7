package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.paperkg.model.Listing;

/**
 * The mapping of one JSON object to listing metadata, shared by the JSON readers.
 *
 * <p>Fields: {@code id}, {@code arxiv_id}, {@code authors} (an array of names or of objects with a {@code name},
 * or one string "A, B and C"), {@code published} (else the first of {@code versions}' {@code created} dates as an
 * ISO date, else {@code publishedAt}, else {@code update_date}), {@code venue} (else {@code journal-ref}),
 * {@code year} (else the year of the publication date), {@code url} (else the arXiv page of the arXiv id).
 * An object shaped like the arXiv metadata snapshot (with {@code categories} or {@code versions}) takes its
 * {@code id} as the arXiv id.
 */
final class JsonRecords {
    private JsonRecords() {
    }

    /**
     * A mapper whose parser allows strings up to the record limit, modest nesting, and raw control characters in
     * strings (they are cleaned away later), and leaves the input open (readers do not close what they are given).
     */
    static ObjectMapper mapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxStringLength(Records.MAX_RECORD_CHARS)
                .maxNestingDepth(200)
                .build();
        return new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(limits)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build());
    }

    /** The metadata of one record object. */
    static Listing.Metadata metadata(JsonNode node) {
        Optional<String> id = field(node, "id");
        boolean arxivShaped = node.has("categories") || node.has("versions");
        Optional<String> arxiv = field(node, "arxiv_id").or(() -> arxivShaped ? id : Optional.empty())
                .flatMap(Fields::arxivId);
        return metadata(node, id, arxiv);
    }

    /** The metadata of one record object whose arXiv id is already known. */
    static Listing.Metadata metadata(JsonNode node, Optional<String> id, Optional<String> arxiv) {
        Optional<String> published = field(node, "published").or(() -> firstVersionDate(node))
                .or(() -> field(node, "publishedAt")).or(() -> field(node, "update_date"));
        OptionalInt year = year(node.get("year"));
        if (year.isEmpty() && published.isPresent()) {
            year = Fields.year(published.get());
        }
        Optional<String> url = field(node, "url").or(() -> arxiv.map(Fields::arxivUrl));
        return new Listing.Metadata(id, arxiv, authors(node.get("authors")), published,
                field(node, "venue").or(() -> field(node, "journal-ref")), year, url);
    }

    /** The date of an arXiv snapshot record's first version ("Mon, 2 Apr 2007 19:18:42 GMT") as an ISO date. */
    private static Optional<String> firstVersionDate(JsonNode node) {
        JsonNode created = node.path("versions").path(0).path("created");
        if (!created.isTextual()) {
            return Optional.empty();
        }
        try {
            LocalDate d = ZonedDateTime.parse(created.asText().strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            return Optional.of(d.toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
        if (n == null) {
            return List.of();
        }
        if (n.isTextual()) {
            return Fields.authors(n.asText());
        }
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode a : n) {
                String name = Text.cleanTitle(a.isTextual() ? a.asText() : a.path("name").asText(""));
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** A scalar metadata field on one line, control characters removed, when present and not blank. */
    static Optional<String> field(JsonNode node, String name) {
        return text(node, name).map(Text::cleanTitle).filter(s -> !s.isEmpty());
    }

    /** A scalar field's text when present and not blank (numbers as written), stripped. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
