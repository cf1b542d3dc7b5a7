package org.paperkg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** A way of writing query results: a text table for people, or one of the standard SPARQL result formats. */
public enum ResultFormat {
    /** An aligned text table with prefixed names, for a terminal. */
    TABLE("text/plain", ResultSetLang.RS_Text),
    /** SPARQL 1.1 Query Results CSV. */
    CSV("text/csv", ResultSetLang.RS_CSV),
    /** SPARQL 1.1 Query Results TSV. */
    TSV("text/tab-separated-values", ResultSetLang.RS_TSV),
    /** SPARQL 1.1 Query Results JSON. */
    JSON("application/sparql-results+json", ResultSetLang.RS_JSON),
    /** SPARQL Query Results XML. */
    XML("application/sparql-results+xml", ResultSetLang.RS_XML);

    private final String mediaType;
    private final Lang lang;

    ResultFormat(String mediaType, Lang lang) {
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The media type of this format, for an HTTP {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    /** Jena's result-set language for this format. */
    public Lang lang() {
        return lang;
    }

    /**
     * The format with this name, case ignored ({@code table}, {@code csv}, {@code tsv}, {@code json}, {@code xml}).
     *
     * @throws IllegalArgumentException naming the valid formats when there is none by that name
     */
    public static ResultFormat parse(String name) {
        for (ResultFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown result format '" + name + "'; valid formats: "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
