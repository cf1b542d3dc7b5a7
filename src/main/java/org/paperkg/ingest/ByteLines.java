package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A cursor over the lines of a byte stream that accepts {@code \n}, {@code \r\n} and {@code \r} endings.
 *
 * <p>Lines are kept as bytes so that each can be decoded on its own; a line longer than the limit is skipped
 * (its bytes are read but not kept) and flagged by {@link #tooLong()}.
 */
final class ByteLines {
    private final InputStream in;
    private final int maxLength;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private long lineNumber;
    private boolean pendingCr;

    ByteLines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    if (any) {
                        lineNumber++;
                    }
                    return any;
                }
            }
            byte b = chunk[chunkPos++];
            if (pendingCr) {
                pendingCr = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                pendingCr = b == '\r';
                lineNumber++;
                return true;
            }
            any = true;
            if (length < maxLength) {
                if (length == line.length) {
                    line = Arrays.copyOf(line, Math.min(maxLength, line.length * 2));
                }
                line[length++] = b;
            } else {
                tooLong = true;
            }
        }
    }

    /** The 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    /** The buffer holding the current line's bytes from index 0 to {@link #length()}. */
    byte[] buffer() {
        return line;
    }

    /** The number of bytes in the current line. */
    int length() {
        return length;
    }

    /** Whether the current line was longer than the limit. */
    boolean tooLong() {
        return tooLong;
    }

    /** Whether the current line holds only ASCII white space. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
