package org.paperkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by the readers: UTF-8 decoding, binary detection and whitespace normalisation.
 *
 * <p>Every reader passes titles and abstracts through {@link #cleanTitle} and {@link #cleanAbstract} (via
 * {@link Records}), so the same paper read from two formats has the same text. Markup and entities in the text
 * are kept as written; escaping happens on output.
 */
final class Text {
    private static final Pattern WHITESPACE_WITH_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Control characters (tab included) other than line breaks, and unpaired surrogates (from JSON escapes). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}&&[^\\r\\n]]");
    private static final char BOM = '\uFEFF';
    /**
     * What malformed UTF-8 decodes to: U+FDEF, a noncharacter reserved for internal use that real text does not
     * contain (unlike U+FFFD, which real records do carry over from earlier conversions), legal in XML and JSON.
     */
    static final String MALFORMED = "\uFDEF";

    private Text() {
    }

    /** Decodes UTF-8, or returns empty when the bytes are not valid UTF-8. */
    static Optional<String> decodeStrict(byte[] bytes, int offset, int length) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * A buffered UTF-8 reader that skips a leading byte order mark and turns each malformed byte sequence into
     * {@link #MALFORMED}, so that {@link Records} can reject just the records they occur in.
     */
    static Reader utf8Reader(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, lenientDecoder()), 1 << 16);
        r.mark(1);
        if (r.read() != BOM) {
            r.reset();
        }
        return r;
    }

    /** Decodes UTF-8, turning each malformed byte sequence into {@link #MALFORMED}. */
    static String decodeMarking(byte[] bytes, int offset, int length) {
        try {
            return lenientDecoder().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    private static CharsetDecoder lenientDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(MALFORMED);
    }

    /**
     * Whether the first bytes of an input are binary rather than text: more than a tenth of their characters are
     * NUL or other control characters or malformed UTF-8. A few stray control bytes in text are not enough.
     */
    static boolean looksBinary(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        int odd = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                odd++;
            }
        }
        return odd > 3 && odd * 10 > s.length();
    }

    /** A title on one line: every run of white space or control characters becomes one space. */
    static String cleanTitle(String s) {
        return WHITESPACE.matcher(CONTROL.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** An abstract: line breaks with the white space around them, tabs and control characters become spaces. */
    static String cleanAbstract(String s) {
        return WHITESPACE_WITH_BREAK.matcher(CONTROL.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** The text cut to at most 60 characters, for messages. */
    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
