package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TestTokenizer {

    @Test
    void keepsHyphenatedModelNamesAndVersionNumbersWhole() {
        List<String> t = Tokenizer.tokenize("applying CycleQD to LLAMA3-8B-INSTRUCT based models, on par with"
                + " GPT-3.5-TURBO (ViT-B/16).").stream().map(Token::text).toList();
        assertTrue(t.containsAll(List.of("CycleQD", "LLAMA3-8B-INSTRUCT", "GPT-3.5-TURBO", "ViT-B/16")), t.toString());
        assertEquals(".", t.get(t.size() - 1));
    }

    @Test
    void urlIsOneTokenWithoutTheFinalFullStop() {
        String s = "Code is released at https://github.com/ZrrSkywalker/Personalize-SAM.";
        List<Token> t = Tokenizer.tokenize(s);
        Token url = t.get(t.size() - 2);
        assertEquals("https://github.com/ZrrSkywalker/Personalize-SAM", url.text());
        assertEquals(url.text(), s.substring(url.start(), url.end()));
    }

    @Test
    void splitsPossessivesAndPercentSigns() {
        List<String> t = Tokenizer.tokenize("GPT-4's accuracy rises by ~3%").stream().map(Token::text).toList();
        assertEquals(List.of("GPT-4", "'", "s", "accuracy", "rises", "by", "~", "3", "%"), t);
    }

    @Test
    void caretsStayInsideNames() {
        // few-shot segmentation benchmarks as written in dev-d; zhao2025tmlr-partaware
        List<String> texts = Tokenizer.tokenize("on COCO-20^i and Pascal-5^i with P^2SAM.").stream().map(Token::text)
                .toList();
        assertEquals(List.of("on", "COCO-20^i", "and", "Pascal-5^i", "with", "P^2SAM", "."), texts);
    }

    @Test
    void texSuperAndSubscriptsGluedToAWordStayInsideItButOtherMathDoesNot() {
        // corpus shards 016-017: "we propose D$^3$SR", "NLVR$^2$", "IDE$_{T}$"; "5$\times$ faster" is no name
        List<String> texts = Tokenizer.tokenize("D$^3$SR beats NLVR$^2$ and IDE$_{T}$, 5$\\times$ faster.").stream()
                .map(Token::text).toList();
        assertEquals(List.of("D$^3$SR", "beats", "NLVR$^2$", "and", "IDE$_{T}$", ",", "5", "$", "\\", "times", "$",
                "faster", "."), texts);
    }

    /** The regular expression the tokenizer scanned with until session 7, whose tokens it must keep giving. */
    private static final Pattern TOKEN = Pattern.compile(
            "https?:\\s?//[^\\s]+|www\\.[^\\s]+"
                    + "|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]++|[-_.+/@&^](?=[\\p{L}\\p{N}])"
                    + "|\\$[\\^_]\\{?[\\p{L}\\p{N}]{1,3}\\}?\\$)*+\\+*+"
                    + "|\\S");
    /** Pieces that random test texts are made of: word parts, connectors, TeX, URLs, odd spaces and scripts. */
    private static final String[] PIECES = {"a", "Z", "7", "GPT", "-", "_", ".", "+", "/", "@", "&", "^", "$", "{", "}",
        "$^", "$_{", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00a0", "\u2009", "http", "https", "://", ": //",
        "www.", ":", ",", ";", ")", "(", "]", "'", "\"", "\u201d", "!", "?", "\u00e9", "\u03a9", "\u00b2", "\u2167",
        "\u0301", "\ud835\udc9c", "\ud83d\ude00", "\ud835", "\\", "%", "~", "e", "x"};

    @Test
    void givesTheTokensOfTheFormerPatternOnRandomText() {
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            assertEquals(byPattern(text), Tokenizer.tokenize(text), text);
        }
    }

    private static List<Token> byPattern(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String t = m.group();
            if (t.startsWith("http") || t.startsWith("www.")) {
                while (e > s && trailingUrlPunct(text.charAt(e - 1), text.substring(s, e))) {
                    e--;
                }
                out.add(new Token(text.substring(s, e), s, e));
                for (int i = e; i < m.end(); i++) {
                    out.add(new Token(String.valueOf(text.charAt(i)), i, i + 1));
                }
                continue;
            }
            out.add(new Token(t, s, e));
        }
        return out;
    }

    private static boolean trailingUrlPunct(char c, String url) {
        if (".,;:!?\"']\u201d".indexOf(c) >= 0) {
            return true;
        }
        return c == ')' && url.chars().filter(x -> x == ')').count() > url.chars().filter(x -> x == '(').count();
    }
}
