package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the abstract into sentences with offsets; the title becomes sentence 0.
 *
 * <p>A sentence ends at '.', '!' or '?' followed by white space and an upper-case letter, digit, quote or
 * bracket, unless the word before the full stop is an abbreviation such as "e.g.", "i.e.", "et al.", "Fig." or a
 * single initial. Decimal points and full stops inside URLs are never boundaries because no space follows them. A
 * full stop glued to the next sentence ("knowledge in LLMs.We introduce", corpus id huai2025cvpr-clmoe) is a boundary
 * when a lower-case letter or a closing bracket precedes it and a capitalised sentence opener such as "We", "The" or
 * "In" follows, outside URLs, paths and e-mail addresses.
 */
public final class SentenceSplitter implements Stage {
    private static final Set<String> NO_SPLIT = Lexicon.words("e.g", "i.e", "al", "cf", "vs", "fig", "figs", "eq",
            "eqs", "sec", "resp", "approx", "no", "nos", "dr", "mr", "ms", "prof", "inc", "ltd", "jr", "st", "w.r.t",
            "a.k.a", "incl", "ca", "viz", "tab", "ref", "refs", "eg", "ie", "vol", "pp", "ch", "corp", "co", "u.s",
            "e.t.c");
    /** Capitalised words that open sentences and never start a name glued to a full stop ("Node.Js" stays whole). */
    private static final Set<String> SENTENCE_OPENERS = Lexicon.words("We", "The", "This", "These", "Our", "In", "To",
            "It", "Its", "They", "However", "Moreover", "Furthermore", "Additionally", "Finally", "Specifically",
            "Experiments", "Experimental", "Extensive", "Results", "Recently", "By", "For", "On", "With", "As", "Here",
            "Thus", "Therefore", "Hence", "Although", "While", "Unlike", "Compared", "Code", "Existing",
            "Despite", "Further", "First", "Second", "Third", "Then", "Overall", "Empirical", "Preliminary");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public void annotate(Document document) {
        List<Sentence> out = new ArrayList<>();
        String title = document.title();
        int ts = 0;
        int te = title.length();
        while (ts < te && Character.isWhitespace(title.charAt(ts))) {
            ts++;
        }
        while (te > ts && Character.isWhitespace(title.charAt(te - 1))) {
            te--;
        }
        out.add(new Sentence(0, Section.TITLE, ts, te, title.substring(ts, te)));
        for (int[] span : split(document.abstractText())) {
            out.add(new Sentence(out.size(), Section.ABSTRACT, span[0], span[1],
                    document.abstractText().substring(span[0], span[1])));
        }
        document.put(Layers.SENTENCES, List.copyOf(out));
    }

    /** The [start, end) spans of the sentences of a text, trimmed of surrounding white space. */
    static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            int next = i + 1;
            if (c == '\n' && next < n && text.charAt(next) == '\n') {
                boundary = true;
            } else if ((c == '.' || c == '!' || c == '?') && next < n && Character.isWhitespace(text.charAt(next))) {
                int j = next;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && startsSentence(text.charAt(j)) && (c != '.' || !abbreviationBefore(text, i))) {
                    boundary = true;
                }
            } else if (c == '.' && gluedOpener(text, i)) {
                boundary = true;
            }
            if (boundary) {
                addTrimmed(text, start, i + 1, spans);
                start = i + 1;
            }
        }
        addTrimmed(text, start, n, spans);
        return spans;
    }

    /**
     * Whether the full stop at {@code dot} ends a sentence although no space follows it: a lower-case letter or closing
     * bracket before it, and after it a capitalised word that opens sentences ("LLMs.We", "memory).In") and is
     * followed by a space, in a word that is no URL, path or address.
     */
    private static boolean gluedOpener(String text, int dot) {
        if (dot == 0 || dot + 2 >= text.length()) {
            return false;
        }
        char before = text.charAt(dot - 1);
        if (!Character.isLowerCase(before) && before != ')' && before != ']') {
            return false;
        }
        int e = dot + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e == dot + 1 || e >= text.length() || text.charAt(e) != ' '
                || !SENTENCE_OPENERS.contains(text.substring(dot + 1, e))) {
            return false;
        }
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot);
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (ch == '/' || ch == ':' || ch == '@' || ch == '\\' || ch == '_' || ch == '.' || ch == '=') {
                return false;
            }
        }
        return !abbreviationBefore(text, dot);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(' || c == '['
                || c == '\u201c' || c == '`';
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return NO_SPLIT.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addTrimmed(String text, int s, int e, List<int[]> spans) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new int[] {s, e});
        }
    }
}
