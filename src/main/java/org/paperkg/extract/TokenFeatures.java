package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The sparse features of one token for the {@link MentionTagger}: generic evidence about how the token is written
 * and where it stands, never a list of names.
 *
 * <p>Per token: the lower-cased word, its shape ("Xxxx", "XX-d") and brief shape (runs collapsed: "Xx", "X-d"),
 * prefixes and suffixes of two to four characters, capitalisation (initial, all capitals, mixed), digits, hyphen,
 * length, punctuation; whether the token is in the title, before the title's colon, first in its sentence, inside
 * parentheses or next to one, starts or continues a {@link Gazetteer} name (with its type), is part of an
 * abbreviation pair ({@link AbbreviationFinder}: long form, short form, short form written elsewhere), and whether
 * an abstract word is also a title word; the words and brief shapes two tokens either side and the two word bigrams
 * around it. The label given to the previous token ({@link #transition}) adds two features, alone and with the
 * brief shape. Each feature is a template and a value, hashed into {@link #dimension()} buckets for the linear
 * model; {@link #names} lists them readably.
 *
 * <pre>{@code
 * TokenFeatures f = new TokenFeatures(19);
 * List<TokenFeatures.Prepared> sentences = f.prepare(document);   // a document the rule pipeline annotated
 * int[] x = f.observedIndices(sentences.get(0), 3);
 * }</pre>
 */
public final class TokenFeatures {
    private static final int MAX_SHAPE = 12;
    private static final String BEFORE = "<s>";
    private static final String AFTER = "</s>";
    private static final String[] PREFIX = {"p0", "p1", "p2", "p3", "p4"};
    private static final String[] SUFFIX = {"s0", "s1", "s2", "s3", "s4"};

    private final int buckets;

    /**
     * Features hashed into {@code 2^bits} buckets.
     *
     * @throws IllegalArgumentException when bits is outside 8..24
     */
    public TokenFeatures(int bits) {
        if (bits < 8 || bits > 24) {
            throw new IllegalArgumentException("hash bits outside 8..24: " + bits);
        }
        this.buckets = 1 << bits;
    }

    /** The highest feature index: indices run from 1 to this number, as LIBLINEAR numbers features. */
    public int dimension() {
        return buckets;
    }

    /** A receiver of features, each a template name and a value. */
    @FunctionalInterface
    public interface Sink {
        /** Receives one feature. */
        void add(String template, String value);
    }

    /** One sentence's tokens with the forms the features read, computed once per token. */
    public static final class Prepared {
        private final List<Token> tokens;
        private final String[] lower;
        private final String[] shape;
        private final String[] brief;
        private final boolean title;
        private final int colon;
        private final int[] depth;
        private final String[] gazetteer;
        private final boolean[] inTitle;
        private final String[] abbreviation;

        private Prepared(List<Token> tokens, boolean title, String[] gazetteer, Set<String> titleWords,
                String[] abbreviation) {
            int n = tokens.size();
            this.tokens = List.copyOf(tokens);
            this.title = title;
            this.gazetteer = gazetteer;
            this.abbreviation = abbreviation;
            this.lower = new String[n];
            this.shape = new String[n];
            this.brief = new String[n];
            this.depth = new int[n];
            this.inTitle = new boolean[n];
            int c = -1;
            int d = 0;
            for (int i = 0; i < n; i++) {
                String t = tokens.get(i).text();
                lower[i] = t.toLowerCase(Locale.ROOT);
                shape[i] = shape(t, false);
                brief[i] = shape(t, true);
                if (t.equals(")") || t.equals("]")) {
                    d = Math.max(0, d - 1);
                }
                depth[i] = d;
                if (t.equals("(") || t.equals("[")) {
                    d++;
                }
                if (title && c < 0 && t.equals(":")) {
                    c = i;
                }
                inTitle[i] = !title && tokens.get(i).isWord() && !tokens.get(i).isLowerCase()
                        && titleWords.contains(lower[i]);
            }
            this.colon = c;
        }

        /** The tokens of the sentence. */
        public List<Token> tokens() {
            return tokens;
        }

        /** The number of tokens. */
        public int size() {
            return tokens.size();
        }

        /** Whether the sentence is the title. */
        public boolean isTitle() {
            return title;
        }
    }

    /**
     * Every sentence of a document, prepared for featurizing.
     *
     * @param document a document with sentences, tokens, abbreviations and gazetteer matches
     *     ({@link SentenceSplitter}, {@link Tokenizer}, {@link AbbreviationFinder}, {@link GazetteerTagger})
     */
    public List<Prepared> prepare(Document document) {
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<List<Token>> tokens = document.get(Layers.TOKENS);
        String[][] abbreviation = abbreviations(document.get(Layers.ABBREVIATIONS), tokens);
        String[][] gazetteer = new String[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            gazetteer[s] = new String[tokens.get(s).size()];
            Arrays.fill(gazetteer[s], "");
        }
        for (GazetteerMatch m : document.get(Layers.GAZETTEER)) {
            String type = m.entry().type().name();
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                gazetteer[m.sentence()][i] = (i == m.firstToken() ? "B-" : "I-") + type;
            }
        }
        Set<String> titleWords = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.isTitle()) {
                tokens.get(s.index()).stream().filter(Token::isWord).forEach(t -> titleWords.add(
                        t.text().toLowerCase(Locale.ROOT)));
            }
        }
        List<Prepared> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(new Prepared(tokens.get(s.index()), s.isTitle(), gazetteer[s.index()], titleWords,
                    abbreviation[s.index()]));
        }
        return List.copyOf(out);
    }

    /**
     * Per token: "long" inside the long form of an abbreviation pair, "short" the abbreviation where it is defined,
     * "short.elsewhere" the same abbreviation written anywhere else in the document, "" otherwise.
     */
    private static String[][] abbreviations(List<Abbreviation> pairs, List<List<Token>> tokens) {
        String[][] out = new String[tokens.size()][];
        Set<String> shortForms = new HashSet<>();
        pairs.forEach(a -> shortForms.add(a.shortForm()));
        for (int s = 0; s < tokens.size(); s++) {
            out[s] = new String[tokens.get(s).size()];
            for (int i = 0; i < out[s].length; i++) {
                out[s][i] = shortForms.contains(tokens.get(s).get(i).text()) ? "short.elsewhere" : "";
            }
        }
        for (Abbreviation a : pairs) {
            List<Token> sentence = tokens.get(a.sentence());
            int longEnd = a.longStart() + a.longForm().length();
            for (int i = 0; i < sentence.size(); i++) {
                Token t = sentence.get(i);
                if (t.start() >= a.longStart() && t.end() <= longEnd) {
                    out[a.sentence()][i] = "long";
                } else if (t.start() == a.shortStart()) {
                    out[a.sentence()][i] = "short";
                }
            }
        }
        return out;
    }

    /** Sends the features of token {@code i} that do not depend on any label to the sink. */
    public void observed(Prepared s, int i, Sink sink) {
        Objects.checkIndex(i, s.size());
        Token token = s.tokens.get(i);
        String w = s.lower[i];
        sink.add("bias", "");
        sink.add("w", w);
        sink.add("shape", s.shape[i]);
        sink.add("brief", s.brief[i]);
        for (int k = 2; k <= 4; k++) {
            if (w.length() > k) {
                sink.add(PREFIX[k], w.substring(0, k));
                sink.add(SUFFIX[k], w.substring(w.length() - k));
            }
        }
        if (!token.isWord()) {
            sink.add("punct", "");
        } else {
            sink.add("cap", capitalisation(token.text()));
            sink.add("len", w.length() <= 3 ? String.valueOf(w.length()) : w.length() <= 6 ? "4-6" : "7+");
        }
        if (hasDigit(w)) {
            sink.add("digit", "");
        }
        if (w.indexOf('-') > 0) {
            sink.add("hyphen", "");
        }
        if (s.title) {
            sink.add("title", "");
            if (i < s.colon) {
                sink.add("title.beforeColon", "");
            }
        }
        if (i == 0) {
            sink.add("first", "");
        }
        if (s.depth[i] > 0) {
            sink.add("paren.inside", "");
        }
        if (i + 1 < s.size() && s.lower[i + 1].equals("(")) {
            sink.add("paren.next", "");
        }
        if (i > 0 && s.lower[i - 1].equals("(")) {
            sink.add("paren.previous", "");
        }
        if (!s.gazetteer[i].isEmpty()) {
            sink.add("gazetteer", s.gazetteer[i]);
        }
        if (!s.abbreviation[i].isEmpty()) {
            sink.add("abbreviation", s.abbreviation[i]);
        }
        if (s.inTitle[i]) {
            sink.add("alsoInTitle", "");
        }
        sink.add("w-2", word(s, i - 2));
        sink.add("w-1", word(s, i - 1));
        sink.add("w+1", word(s, i + 1));
        sink.add("w+2", word(s, i + 2));
        sink.add("brief-2", brief(s, i - 2));
        sink.add("brief-1", brief(s, i - 1));
        sink.add("brief+1", brief(s, i + 1));
        sink.add("brief+2", brief(s, i + 2));
        sink.add("w-1|w", word(s, i - 1) + "|" + w);
        sink.add("w|w+1", w + "|" + word(s, i + 1));
    }

    /** Sends the features of token {@code i} that depend on the label given to the token before it. */
    public void transition(Prepared s, int i, MentionLabel previous, Sink sink) {
        Objects.checkIndex(i, s.size());
        sink.add("previous", previous.name());
        sink.add("previous|brief", previous.name() + "|" + s.brief[i]);
    }

    /** The hashed indices of {@link #observed}, ascending and distinct. */
    public int[] observedIndices(Prepared s, int i) {
        Indices out = new Indices(buckets);
        observed(s, i, out);
        return out.sorted();
    }

    /** The hashed indices of {@link #transition}, ascending and distinct. */
    public int[] transitionIndices(Prepared s, int i, MentionLabel previous) {
        Indices out = new Indices(buckets);
        transition(s, i, previous, out);
        return out.sorted();
    }

    /** The features of {@link #observed} and {@link #transition} written "template=value", for reading and tests. */
    public List<String> names(Prepared s, int i, MentionLabel previous) {
        List<String> out = new ArrayList<>();
        Sink named = (template, value) -> out.add(value.isEmpty() ? template : template + "=" + value);
        observed(s, i, named);
        transition(s, i, previous, named);
        return List.copyOf(out);
    }

    private static String word(Prepared s, int i) {
        return i < 0 ? BEFORE : i >= s.size() ? AFTER : s.lower[i];
    }

    private static String brief(Prepared s, int i) {
        return i < 0 ? BEFORE : i >= s.size() ? AFTER : s.brief[i];
    }

    /** "Xx" for an initial capital, "XX" for all capitals, "xX" for mixed case, "x" for none. */
    private static String capitalisation(String t) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        if (upper == 0) {
            return "x";
        }
        if (lower == 0) {
            return "XX";
        }
        boolean initial = Character.isUpperCase(t.charAt(0));
        return initial && upper == 1 ? "Xx" : "xX";
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shape of a word: upper-case letters become X, lower-case x, digits d, anything else stays; brief shapes
     * collapse runs of one class ("Transformer" is "Xxxxxxxxxxx" and briefly "Xx"). Long shapes are cut.
     */
    static String shape(String t, boolean brief) {
        StringBuilder sb = new StringBuilder(Math.min(t.length(), MAX_SHAPE));
        char last = 0;
        for (int i = 0; i < t.length() && sb.length() < MAX_SHAPE; i++) {
            char c = t.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'x' : c;
            if (!brief || k != last) {
                sb.append(k);
            }
            last = k;
        }
        return sb.toString();
    }

    /** A sink that hashes features into bucket indices 1..buckets. */
    private static final class Indices implements Sink {
        private final int mask;
        private int[] values = new int[64];
        private int size;

        Indices(int buckets) {
            this.mask = buckets - 1;
        }

        @Override
        public void add(String template, String value) {
            int h = template.hashCode() * 0x9E3779B1 + value.hashCode();
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            h ^= h >>> 13;
            h *= 0xC2B2AE35;
            h ^= h >>> 16;
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = (h & mask) + 1;
        }

        int[] sorted() {
            int[] v = Arrays.copyOf(values, size);
            Arrays.sort(v);
            int n = 0;
            for (int i = 0; i < v.length; i++) {
                if (n == 0 || v[n - 1] != v[i]) {
                    v[n++] = v[i];
                }
            }
            return Arrays.copyOf(v, n);
        }
    }
}
