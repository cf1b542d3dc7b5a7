package org.paperkg.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip-decompressing stream that claims no bytes as available without blocking, so that the buffers above it hand
 * on what each read gave instead of reading on to fill up.
 *
 * <p>{@link GZIPInputStream#available()} says 1 until the end, so {@code BufferedInputStream} and
 * {@code InputStreamReader} keep reading to fill their buffers; when a truncated file then fails part way, everything
 * they gathered in that call was dropped with the exception (up to 64 KiB of good records, reported as lost at the
 * first line). Here the bytes before the cut reach the reader, and the failure comes with the next read, at the
 * record where the file breaks off.
 */
final class StreamedGunzip extends FilterInputStream {
    /** Decompresses {@code in}, which must start with the gzip magic number, through a buffer of {@code size} bytes. */
    StreamedGunzip(InputStream in, int size) throws IOException {
        super(new GZIPInputStream(in, size));
    }

    @Override
    public int available() {
        return 0;
    }
}
