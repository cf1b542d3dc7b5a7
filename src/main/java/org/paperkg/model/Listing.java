package org.paperkg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One paper as it appears in one input record: a listing on a Daily Papers page, a line of JSON Lines, and so on.
 *
 * <p>The same paper may arrive as several listings (several pages, several files); {@link PaperKey} decides which
 * listings are one paper.
 *
 * @param source where the record came from (a file path or URL)
 * @param record the record's position in its source: a 1-based line or record number
 * @param title the paper title
 * @param abstractText the abstract
 * @param metadata whatever else the source says about the paper
 */
public record Listing(String source, long record, String title, String abstractText, Metadata metadata) {

    public Listing {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A listing with no metadata beyond title and abstract. */
    public static Listing of(String source, long record, String title, String abstractText) {
        return new Listing(source, record, title, abstractText, Metadata.NONE);
    }

    /**
     * Optional bibliographic fields of a listing.
     *
     * @param id the source's own identifier for the record
     * @param arxivId the arXiv identifier, e.g. "2302.06675"
     * @param authors author names in order
     * @param published publication or listing date as written (ISO 8601 where the source gives it)
     * @param venue venue name
     * @param year publication year
     * @param url landing page of the paper
     */
    public record Metadata(
            Optional<String> id,
            Optional<String> arxivId,
            List<String> authors,
            Optional<String> published,
            Optional<String> venue,
            OptionalInt year,
            Optional<String> url) {

        /** No metadata at all. */
        public static final Metadata NONE = new Metadata(
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), Optional.empty());

        public Metadata {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(arxivId, "arxivId");
            authors = List.copyOf(authors);
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(url, "url");
        }
    }
}
