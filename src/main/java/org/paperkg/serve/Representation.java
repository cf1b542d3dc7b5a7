package org.paperkg.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The representations of a linked-data resource: an HTML page for people and four RDF syntaxes, each with its media
 * types and the suffix that selects it in a URL ({@code /entity/lion.ttl}).
 */
public enum Representation implements Negotiable {
    HTML(List.of("text/html", "application/xhtml+xml"), "html", "text/html; charset=utf-8", null),
    TURTLE(List.of("text/turtle", "application/x-turtle"), "ttl", "text/turtle; charset=utf-8", Lang.TURTLE),
    JSONLD(List.of("application/ld+json", "application/json"), "jsonld", "application/ld+json", Lang.JSONLD),
    NTRIPLES(List.of("application/n-triples"), "nt", "application/n-triples", Lang.NTRIPLES),
    RDFXML(List.of("application/rdf+xml"), "rdf", "application/rdf+xml", Lang.RDFXML);

    /** All representations in the server's order of preference (HTML first, then Turtle). */
    public static final List<Representation> ALL = List.of(values());
    /** The RDF representations only. */
    public static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    private final List<String> mediaTypes;
    private final String suffix;
    private final String contentType;
    private final Lang lang;

    Representation(List<String> mediaTypes, String suffix, String contentType, Lang lang) {
        this.mediaTypes = mediaTypes;
        this.suffix = suffix;
        this.contentType = contentType;
        this.lang = lang;
    }

    @Override
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** The URL suffix without the dot, e.g. {@code ttl}. */
    public String suffix() {
        return suffix;
    }

    /** The {@code Content-Type} header value sent with a body in this representation. */
    public String contentType() {
        return contentType;
    }

    /** The Jena language that writes this representation; empty for HTML. */
    public Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }

    /** The representation a URL suffix selects, e.g. {@code ttl}; HTML has no suffix route. */
    public static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r != HTML && r.suffix.equals(suffix)).findFirst();
    }
}
