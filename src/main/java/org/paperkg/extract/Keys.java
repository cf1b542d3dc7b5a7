package org.paperkg.extract;

import org.paperkg.model.PaperKey;

/** Fast name keys: the same result as {@link PaperKey#normalize(String)}, without its cost for ASCII text. */
final class Keys {
    private Keys() {
    }

    /** Lower-cased letters and digits of a name, as {@link PaperKey#normalize(String)} computes them. */
    static String of(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return PaperKey.normalize(text.toString());
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + 32));
            }
        }
        return sb.toString();
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
