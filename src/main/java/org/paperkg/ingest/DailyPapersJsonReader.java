package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.paperkg.model.Rejection;

/**
 * Reads the JSON of the Hugging Face Daily Papers API, streaming one element at a time.
 *
 * <p>The input is an array of objects such as
 * <code>{"paper": {"id": "2302.06675", "title": ..., "summary": ..., "authors": [{"name": ...}],
 * "publishedAt": ...}, "title": ..., "publishedAt": ...}</code>; un-nested paper objects (as returned for a single
 * paper), and root-level objects one after the other instead of an array, are read too. The paper's {@code id}
 * is its arXiv id. Text is kept as written (HTML entities included). The record number of a listing is the
 * element's 1-based position; an element that is not a paper costs only itself, while broken JSON syntax ends the
 * file with one rejection naming the element and the line and column.
 */
final class DailyPapersJsonReader implements ListingReader {
    private final ObjectMapper mapper = JsonRecords.mapper();

    @Override
    public void read(String source, InputStream in, ListingHandler handler) {
        long n = 0;
        boolean inside = false;
        try {
            BoundedReader reader = new BoundedReader(Text.utf8Reader(in), Records.MAX_RECORD_CHARS);
            JsonParser p = mapper.createParser(reader);
            JsonToken t;
            while ((t = next(p, reader)) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while ((t = next(p, reader)) != JsonToken.END_ARRAY && t != null) {
                        n++;
                        inside = true;
                        element(source, n, p, t, handler);
                        inside = false;
                    }
                } else {
                    n++;
                    inside = true;
                    element(source, n, p, t, handler);
                    inside = false;
                }
            }
        } catch (JsonProcessingException e) {
            handler.reject(new Rejection(source, inside ? n : n + 1, "invalid JSON" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage() + "; the rest of the file is not read"));
        } catch (IOException e) {
            handler.reject(new Rejection(source, inside ? n : n + 1, "cannot read further: " + e.getMessage()));
        }
    }

    /** The next token; at a token that starts an element the record limit starts anew. */
    private static JsonToken next(JsonParser p, BoundedReader reader) throws IOException {
        reader.startRecord();
        return p.nextToken();
    }

    private void element(String source, long n, JsonParser p, JsonToken t, ListingHandler handler) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            handler.reject(new Rejection(source, n, "element is not a JSON object"));
            return;
        }
        JsonNode element = mapper.readTree(p);
        JsonNode paper = element.path("paper").isObject() ? element.get("paper") : element;
        Optional<String> title = JsonRecords.text(paper, "title").or(() -> JsonRecords.text(element, "title"));
        Optional<String> summary = JsonRecords.text(paper, "summary").or(() -> JsonRecords.text(paper, "abstract"));
        Optional<String> id = JsonRecords.field(paper, "id");
        Optional<String> arxiv = JsonRecords.field(paper, "arxiv_id").or(() -> id).flatMap(Fields::arxivId);
        Records.deliver(handler, source, n, title.orElse(""), summary.orElse(""),
                JsonRecords.metadata(paper, id, arxiv));
    }

    private static String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
