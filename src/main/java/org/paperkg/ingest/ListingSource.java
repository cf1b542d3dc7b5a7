package org.paperkg.ingest;

import java.nio.file.Path;

/**
 * A reader of the listings in one input file, handing each good listing and each rejected record to a handler in
 * input order; {@link Ingester} is the standard one.
 *
 * <pre>{@code
 * ListingSource source = Ingester.detecting();
 * source.read(Path.of("papers.jsonl"), handler);
 * }</pre>
 */
public interface ListingSource {

    /** Reads every record of one file; a file that cannot be read becomes a rejection, never an exception. */
    void read(Path file, ListingHandler handler);
}
