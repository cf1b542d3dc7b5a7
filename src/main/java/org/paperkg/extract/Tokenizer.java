package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits each sentence into tokens with character offsets.
 *
 * <p>A URL is one token; a word keeps inner hyphens, dots, slashes, carets and plus signs ("GPT-3.5-Turbo",
 * "ViT-B/16", "recall@1", "MiniWoB++", "P^2SAM") and a TeX super- or subscript of up to three letters or digits
 * glued to it ("D$^3$SR", "NLVR$^2$", "IDE$_{T}$"); every other character, including an apostrophe, is a token of
 * its own.
 */
public final class Tokenizer implements Stage {
    /** Characters that join two letters or digits into one word: "GPT-3.5", "ViT-B/16", "recall@1", "P^2SAM". */
    private static final String CONNECTORS = "-_.+/@&^";

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public void annotate(Document document) {
        List<List<Token>> all = new ArrayList<>();
        for (Sentence s : document.get(Layers.SENTENCES)) {
            all.add(tokenize(s.text()));
        }
        document.put(Layers.TOKENS, List.copyOf(all));
    }

    /** The tokens of one piece of text. */
    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Lexicon.isSpace(c)) {
                i++;
                continue;
            }
            int url = c == 'h' || c == 'w' ? urlEnd(text, i) : i;
            if (url > i) {
                int e = url;
                while (e > i && isTrailingUrlPunct(text.charAt(e - 1), text.substring(i, e))) {
                    e--;
                }
                out.add(new Token(text.substring(i, e), i, e));
                for (int k = e; k < url; k++) {
                    out.add(new Token(String.valueOf(text.charAt(k)), k, k + 1));
                }
                i = url;
                continue;
            }
            int e = isLetterOrNumber(text.codePointAt(i)) ? wordEnd(text, i) : i + Character.charCount(
                    text.codePointAt(i));
            out.add(new Token(text.substring(i, e), i, e));
            i = e;
        }
        return List.copyOf(out);
    }

    /** A letter or a number of any script, as {@code [\p{L}\p{N}]}. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean letterOrNumberAt(String text, int i) {
        return i < text.length() && isLetterOrNumber(text.codePointAt(i));
    }

    /**
     * The end of a URL at {@code i} ("http://", "https://", optionally with one space after the colon, or "www."
     * followed by at least one character other than white space), or {@code i} when none starts there.
     */
    private static int urlEnd(String text, int i) {
        int rest;
        if (text.startsWith("http", i)) {
            int k = i + 4;
            if (k < text.length() && text.charAt(k) == 's') {
                k++;
            }
            if (k >= text.length() || text.charAt(k) != ':') {
                return i;
            }
            k++;
            if (k < text.length() && Lexicon.isSpace(text.charAt(k)) && text.startsWith("//", k + 1)) {
                k++;
            }
            if (!text.startsWith("//", k)) {
                return i;
            }
            rest = k + 2;
        } else if (text.startsWith("www.", i)) {
            rest = i + 4;
        } else {
            return i;
        }
        int e = rest;
        while (e < text.length() && !Lexicon.isSpace(text.charAt(e))) {
            e++;
        }
        return e > rest ? e : i;
    }

    /**
     * The end of the word that starts with a letter or digit at {@code i}: letters and digits, inner connectors
     * followed by a letter or digit, glued TeX super- and subscripts, then any plus signs.
     */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int e = i + Character.charCount(text.codePointAt(i));
        while (e < n) {
            int cp = text.codePointAt(e);
            if (isLetterOrNumber(cp)) {
                e += Character.charCount(cp);
            } else if (CONNECTORS.indexOf(cp) >= 0 && letterOrNumberAt(text, e + 1)) {
                e++;
            } else if (cp == '$') {
                int tex = texScriptEnd(text, e);
                if (tex == e) {
                    break;
                }
                e = tex;
            } else {
                break;
            }
        }
        while (e < n && text.charAt(e) == '+') {
            e++;
        }
        return e;
    }

    /**
     * The end of a TeX super- or subscript of one to three letters or digits at {@code i} ("$^3$", "$_{T}$"), or
     * {@code i} when none is there.
     */
    private static int texScriptEnd(String text, int i) {
        int n = text.length();
        int k = i + 1;
        if (k >= n || text.charAt(k) != '^' && text.charAt(k) != '_') {
            return i;
        }
        k++;
        if (k < n && text.charAt(k) == '{') {
            k++;
        }
        int count = 0;
        while (k < n && count < 4 && isLetterOrNumber(text.codePointAt(k))) {
            k += Character.charCount(text.codePointAt(k));
            count++;
        }
        if (count == 0 || count > 3) {
            return i;
        }
        if (k < n && text.charAt(k) == '}') {
            k++;
        }
        return k < n && text.charAt(k) == '$' ? k + 1 : i;
    }

    private static boolean isTrailingUrlPunct(char c, String url) {
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\''
                || c == '\u201d' || c == ']') {
            return true;
        }
        if (c == ')') {
            long open = url.chars().filter(x -> x == '(').count();
            long close = url.chars().filter(x -> x == ')').count();
            return close > open;
        }
        return false;
    }
}
