package org.paperkg.extract;

import java.util.Objects;

/**
 * A word, number, URL or punctuation mark, with its character offsets in the sentence text (end exclusive).
 *
 * @param text the token as written
 * @param start offset of the first character in the sentence
 * @param end offset just past the last character in the sentence
 */
public record Token(String text, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit '" + text + "'");
        }
    }

    /** Whether the token starts with a letter or digit, i.e. it is not punctuation. */
    public boolean isWord() {
        char c = text.charAt(0);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Whether the first character is an upper-case letter. */
    public boolean isCapitalized() {
        char c = text.charAt(0);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the token has no upper-case letter. */
    public boolean isLowerCase() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
