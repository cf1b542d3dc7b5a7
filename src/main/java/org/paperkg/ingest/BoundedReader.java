package org.paperkg.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails once more than a limit of characters has been read since the last {@link #startRecord()},
 * so that one endless record (an unclosed quote, a giant JSON element) cannot fill the memory.
 */
final class BoundedReader extends FilterReader {
    private final long limit;
    private long count;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Starts counting anew: the next record begins here. */
    void startRecord() {
        count = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            add(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new RecordTooLongException(limit);
        }
    }

    /** Thrown when one record is longer than the limit. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException(long limit) {
            super("record longer than " + limit + " characters");
        }
    }
}
