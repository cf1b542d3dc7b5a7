package org.paperkg.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that turns characters XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE and
 * U+FFFF) into spaces, so that a stray control character in one abstract does not make the whole feed unreadable.
 * Control characters become spaces in cleaned text anyway.
 */
final class XmlCharFilter extends FilterReader {

    XmlCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        return c < 0 ? c : replace((char) c);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = off; i < off + n; i++) {
            buf[i] = replace(buf[i]);
        }
        return n;
    }

    private static char replace(char c) {
        boolean forbidden = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
        return forbidden ? ' ' : c;
    }
}
