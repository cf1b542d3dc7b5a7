package org.paperkg.extract;

import org.paperkg.model.PaperKey;

/** Fast name keys: the same result as {@link PaperKey#normalize(String)}, without its cost for ASCII text. */
final class Keys {
    private Keys() {
    }

    /** Lower-cased letters and digits of a name, as {@link PaperKey#normalize(String)} computes them. */
    static String of(CharSequence text) {
        int n = text.length();
        char[] key = null;
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return PaperKey.normalize(text.toString());
            }
            char k = asciiKeyChar(c);
            if (key == null && k != c) {
                key = new char[n];
                for (int j = 0; j < i; j++) {
                    key[j] = text.charAt(j);
                }
                length = i;
            }
            if (key != null && k != 0) {
                key[length++] = k;
            }
        }
        return key == null ? text.toString() : new String(key, 0, length);
    }

    /**
     * What an ASCII character adds to a key: a lower-case letter or digit itself, a capital lower-cased, anything
     * else 0 (nothing).
     */
    static char asciiKeyChar(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return c;
        }
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : 0;
    }

    /** Whether a text's key is empty, without building the key for ASCII text. */
    static boolean emptyKey(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return of(text).isEmpty();
            }
            if (asciiKeyChar(c) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of a name in the other grammatical number, "wsi" for "wsis" and back ("causalmodellingagent" for
     * "causalmodellingagents"); keys of two letters or fewer stay as they are.
     */
    static String otherNumber(String key) {
        if (key.length() <= 2) {
            return key;
        }
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key + "s";
    }
}
