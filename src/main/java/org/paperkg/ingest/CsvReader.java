package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/**
 * Reads CSV with a header row (RFC 4180: comma-separated, double-quoted fields that may hold commas, quotes and
 * line breaks).
 *
 * <p>Columns, matched case-insensitively: {@code title} and {@code abstract} (or {@code summary}) are required;
 * {@code id}, {@code arxiv_id}, {@code authors} (separated by semicolons, else by commas and "and"),
 * {@code published}, {@code venue}, {@code year} and {@code url} are optional; other columns are ignored. The record
 * number of a listing is its 1-based row number below the header. A row with more fields than the header costs
 * only itself; a quoted field that is never closed, or a record longer than {@link Records#MAX_RECORD_CHARS}, ends
 * the file with one rejection that names the line where the record starts. The input is read as UTF-8.
 */
final class CsvReader implements ListingReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .setLenientEof(false)
            .setTrailingData(true)
            .get();

    @Override
    public void read(String source, InputStream in, ListingHandler handler) {
        long n = 0;
        try {
            BoundedReader reader = new BoundedReader(Text.utf8Reader(in), Records.MAX_RECORD_CHARS);
            CSVParser parser = CSVParser.parse(reader, FORMAT);
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("title") || !columns.containsKey("abstract")) {
                handler.reject(new Rejection(source, 0, "CSV header needs columns title and abstract (or summary), has: "
                        + Text.shorten(String.join(",", parser.getHeaderNames()))));
                return;
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                reader.startRecord();
                if (!rows.hasNext()) {
                    break;
                }
                CSVRecord row = rows.next();
                n++;
                row(source, n, row, columns, handler);
            }
        } catch (IOException e) {
            handler.reject(new Rejection(source, n + 1, "cannot read CSV: " + e.getMessage() + "; the rest of the file is not read"));
        } catch (UncheckedIOException e) {
            handler.reject(new Rejection(source, n + 1, "cannot read CSV: " + e.getCause().getMessage()
                    + "; the rest of the file is not read"));
        }
    }

    private static void row(String source, long n, CSVRecord row, Map<String, Integer> columns, ListingHandler handler) {
        if (row.size() > row.getParser().getHeaderNames().size()) {
            handler.reject(new Rejection(source, n, "row has " + row.size() + " fields, the header has "
                    + row.getParser().getHeaderNames().size()));
            return;
        }
        Optional<String> id = field(row, columns, "id");
        Optional<String> arxiv = field(row, columns, "arxiv_id").flatMap(Fields::arxivId);
        Optional<String> published = field(row, columns, "published");
        OptionalInt year = field(row, columns, "year").map(Fields::year)
                .orElseGet(() -> published.map(Fields::year).orElse(OptionalInt.empty()));
        Listing.Metadata metadata = new Listing.Metadata(id, arxiv,
                field(row, columns, "authors").map(Fields::authors).orElse(List.of()), published,
                field(row, columns, "venue"), year, field(row, columns, "url").or(() -> arxiv.map(Fields::arxivUrl)));
        Records.deliver(handler, source, n, raw(row, columns, "title"), raw(row, columns, "abstract"), metadata);
    }

    /** Column indexes by lower-cased, trimmed header name; {@code summary} stands in for a missing {@code abstract}. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            out.putIfAbsent(name, i);
        }
        if (!out.containsKey("abstract") && out.containsKey("summary")) {
            out.put("abstract", out.get("summary"));
        }
        return out;
    }

    private static String raw(CSVRecord row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i != null && i < row.size() ? row.get(i) : "";
    }

    private static Optional<String> field(CSVRecord row, Map<String, Integer> columns, String name) {
        return Fields.present(raw(row, columns, name));
    }
}
