package org.paperkg.serve;

import java.util.Objects;

/**
 * One result of a full-text search.
 *
 * @param iri the paper's or entity's IRI
 * @param kind {@code Paper}, or the entity's class name such as {@code Dataset}
 * @param label the paper's title or the entity's preferred label (plain text, not escaped)
 * @param snippetHtml a passage of the matching text, already HTML-escaped, with the matched words in {@code <mark>}
 * @param score the relevance score (higher is better)
 */
public record SearchHit(String iri, String kind, String label, String snippetHtml, float score) {
    /** Checks that no component is null. */
    public SearchHit {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(snippetHtml, "snippetHtml");
    }
}
