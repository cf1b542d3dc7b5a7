package org.paperkg.ingest;

import java.io.InputStream;

/**
 * Reads paper listings from one input in one format.
 *
 * <p>A reader never stops at a bad record: it reports it through {@link ListingHandler#reject} and goes on, so
 * the good records around it are kept. Only an unreadable stream as a whole ends reading early, and that too is
 * reported as a rejection.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *     InputFormat.JSON_LINES.reader().read(path.toString(), in, handler);
 * }
 * }</pre>
 */
public interface ListingReader {

    /**
     * Reads every record of one input.
     *
     * @param source the name of the input, used in listings and error messages
     * @param in the bytes of the input, already decompressed; not closed by the reader
     * @param handler receives listings and rejections in input order
     */
    void read(String source, InputStream in, ListingHandler handler);
}
