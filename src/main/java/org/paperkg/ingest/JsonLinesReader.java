package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.paperkg.model.Rejection;

/**
 * Reads JSON Lines: one object per line with at least {@code title} and {@code abstract}.
 *
 * <p>Optional fields: {@code id}, {@code arxiv_id}, {@code authors}, {@code published}, {@code venue},
 * {@code year}, {@code url}. Records of the arXiv metadata snapshot ({@code id}, {@code title}, {@code abstract},
 * {@code authors} as one string, {@code categories}, {@code update_date}, {@code versions}) are read too, see
 * {@link JsonRecords}. Each line is decoded and parsed on its own, so a bad line costs only itself; the record
 * number of a listing is its line number.
 */
final class JsonLinesReader implements ListingReader {
    /** Lines longer than this are rejected without being parsed. */
    static final int MAX_LINE_BYTES = Records.MAX_RECORD_CHARS;

    private final ObjectMapper mapper = JsonRecords.mapper();

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
                int off = n == 1 && startsWithBom(lines) ? 3 : 0;
                Optional<String> text = Text.decodeStrict(lines.buffer(), off, lines.length() - off);
                if (text.isEmpty()) {
                    handler.reject(new Rejection(source, n, "invalid UTF-8"));
                    continue;
                }
                parse(source, n, text.get(), handler);
            }
        } catch (IOException e) {
            handler.reject(new Rejection(source, lines.lineNumber() + 1, "cannot read further: " + e.getMessage()));
        }
    }

    private static boolean startsWithBom(ByteLines lines) {
        byte[] b = lines.buffer();
        return lines.length() >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
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
        Records.deliver(handler, source, n, JsonRecords.text(node, "title").orElse(""),
                JsonRecords.text(node, "abstract").orElse(""), JsonRecords.metadata(node));
    }
}
