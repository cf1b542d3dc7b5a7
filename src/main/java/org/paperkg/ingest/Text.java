package org.paperkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** Text clean-up shared by the readers: strict UTF-8 decoding and whitespace normalisation. */
final class Text {
    private static final Pattern WHITESPACE_WITH_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\r\\n]]");

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

    /** A title on one line: every run of white space becomes one space, control characters go. */
    static String cleanTitle(String s) {
        return WHITESPACE.matcher(CONTROL.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** An abstract: line breaks and the white space around them become one space, control characters go. */
    static String cleanAbstract(String s) {
        return WHITESPACE_WITH_BREAK.matcher(CONTROL.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }
}
