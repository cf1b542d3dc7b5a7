package org.paperkg.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable identity of papers and names.
 *
 * <p>Two listings are the same paper when their titles are equal after {@link #normalize(String)}; the paper key
 * is a short hash of that normalised title, so the same paper gets the same key on every build and from every
 * source. Entity names are compared with the same normalisation ("GPT-4" and "GPT4" are one name).
 */
public final class PaperKey {
    private PaperKey() {
    }

    /**
     * Lower-cases a name and removes everything but letters and digits, after Unicode NFKC normalisation.
     * This is the annotation guide's matching rule: {@code normalize("LLaMA-2") == normalize("Llama 2")}.
     */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The key of the paper with this title: 16 hex digits of the SHA-256 of the normalised title. */
    public static String ofTitle(String title) {
        return hash(normalize(title));
    }

    /** The 64 bits of {@link #hash(String)} as a number, for holding many keys in memory cheaply. */
    public static long hash64(String text) {
        return Long.parseUnsignedLong(hash(text), 16);
    }

    /** 16 hex digits of the SHA-256 of a string, for minting stable identifiers. */
    public static String hash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
