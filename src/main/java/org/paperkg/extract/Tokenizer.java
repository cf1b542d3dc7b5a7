package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits each sentence into tokens with character offsets.
 *
 * <p>A URL is one token; a word keeps inner hyphens, dots, slashes, carets and plus signs ("GPT-3.5-Turbo",
 * "ViT-B/16", "recall@1", "MiniWoB++", "P^2SAM") and a TeX super- or subscript of up to three letters or digits
 * glued to it ("D$^3$SR", "NLVR$^2$", "IDE$_{T}$"); every other character, including an apostrophe, is a token of
 * its own.
 */
public final class Tokenizer implements Stage {
    private static final Pattern TOKEN = Pattern.compile(
            "https?:\\s?//[^\\s]+|www\\.[^\\s]+"
                    + "|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]++|[-_.+/@&^](?=[\\p{L}\\p{N}])"
                    + "|\\$[\\^_]\\{?[\\p{L}\\p{N}]{1,3}\\}?\\$)*+\\+*+"
                    + "|\\S");

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
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String t = m.group();
            if (t.startsWith("http") || t.startsWith("www.")) {
                while (e > s && isTrailingUrlPunct(text.charAt(e - 1), text.substring(s, e))) {
                    e--;
                }
                out.add(new Token(text.substring(s, e), s, e));
                if (e < m.end()) {
                    for (int i = e; i < m.end(); i++) {
                        out.add(new Token(String.valueOf(text.charAt(i)), i, i + 1));
                    }
                }
                continue;
            }
            out.add(new Token(t, s, e));
        }
        return List.copyOf(out);
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
