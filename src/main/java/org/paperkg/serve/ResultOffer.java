package org.paperkg.serve;

import java.util.List;
import java.util.Optional;
import org.paperkg.query.ResultFormat;

/** The representations of a canned query's results: the SPARQL result formats, and an HTML table for people. */
enum ResultOffer implements Negotiable {
    JSON(List.of("application/sparql-results+json", "application/json"), ResultFormat.JSON),
    HTML(List.of("text/html", "application/xhtml+xml"), null),
    CSV(List.of("text/csv"), ResultFormat.CSV),
    TSV(List.of("text/tab-separated-values"), ResultFormat.TSV),
    XML(List.of("application/sparql-results+xml", "application/xml"), ResultFormat.XML);

    private final List<String> mediaTypes;
    private final ResultFormat format;

    ResultOffer(List<String> mediaTypes, ResultFormat format) {
        this.mediaTypes = mediaTypes;
        this.format = format;
    }

    @Override
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** The result format that writes this representation; empty for HTML. */
    Optional<ResultFormat> format() {
        return Optional.ofNullable(format);
    }

    /** The {@code Content-Type} header value. */
    String contentType() {
        return this == HTML ? "text/html; charset=utf-8" : format.mediaType() + "; charset=utf-8";
    }
}
