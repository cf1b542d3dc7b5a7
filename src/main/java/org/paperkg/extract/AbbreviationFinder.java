package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds long-form/abbreviation pairs such as "Segment Anything Model (SAM)" with the Schwartz–Hearst algorithm.
 *
 * <p>A short form is a parenthesised word of 2 to 12 characters with a capital letter. Its long form is the
 * shortest run of words just before the bracket whose letters contain the short form's letters and digits in
 * order (a short form's trailing number may stand anywhere in it: "COVID-19 Open Research Dataset (CORD-19)"),
 * the first of them at the start of a word (Schwartz and Hearst, "A simple algorithm for identifying
 * abbreviation definitions in biomedical text", PSB 2003).
 */
public final class AbbreviationFinder implements Stage {
    private static final Set<String> BAD_FIRST = Lexicon.words("the", "a", "an", "of", "and", "or", "in", "on", "for",
            "to", "with", "by", "as", "is", "are", "we", "our", "this", "that", "from", "at", "its", "their");
    /** A title's long form: the whole capitalised run after the colon, spelling the name letter by letter. */
    private static final SubtitleSpelling LONG_FORMS = SubtitleSpelling.builder().words(2, Integer.MAX_VALUE)
            .spelling(SubtitleSpelling.Spelling.LETTERS).build();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ABBREVIATIONS);
    }

    @Override
    public void annotate(Document document) {
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<List<Token>> tokens = document.get(Layers.TOKENS);
        List<Abbreviation> out = new ArrayList<>();
        for (Sentence s : sentences) {
            find(s, tokens.get(s.index()), out);
        }
        document.put(Layers.ABBREVIATIONS, List.copyOf(out));
    }

    private static void find(Sentence s, List<Token> toks, List<Abbreviation> out) {
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).text().equals("(")) {
                continue;
            }
            Optional<Abbreviation> reversed = shortThenLong(s, toks, i);
            if (reversed.isPresent()) {
                out.add(reversed.get());
                continue;
            }
            Token sf = toks.get(i + 1);
            String close = toks.get(i + 2).text();
            if (!(close.equals(")") || close.equals(";") || close.equals(","))) {
                continue;
            }
            String shortForm = sf.text();
            if (!validShort(shortForm)) {
                continue;
            }
            longFormFor(s, toks, i, shortForm, sf.start()).ifPresent(out::add);
        }
    }

    /**
     * The pair in "BOLA (Bayesian Offline Learning with Online Adaptation)": a short form before the bracket and a
     * bracketed phrase of two or more words, all of which the short form's letters span from its first word; empty
     * when the tokens around the bracket are no such pair.
     */
    private static Optional<Abbreviation> shortThenLong(Sentence s, List<Token> toks, int open) {
        Token sf = toks.get(open - 1);
        if (!sf.isWord() || !validShort(sf.text()) || !Lexicon.shaped(sf.text())) {
            return Optional.empty();
        }
        int close = open + 1;
        while (close < toks.size() && close < open + 12 && !toks.get(close).text().equals(")")) {
            if (!toks.get(close).isWord() && !toks.get(close).text().equals("-")) {
                return Optional.empty();
            }
            close++;
        }
        if (close >= toks.size() || !toks.get(close).text().equals(")") || close - open < 3) {
            return Optional.empty();
        }
        int start = toks.get(open + 1).start();
        String lf = s.text().substring(start, toks.get(close - 1).end());
        if (!Character.isUpperCase(lf.charAt(0))
                || match(lf.toLowerCase(Locale.ROOT), alnum(sf.text()).toLowerCase(Locale.ROOT)) != 0) {
            return Optional.empty();
        }
        return Optional.of(new Abbreviation(lf, sf.text(), s.index(), start, sf.start()));
    }

    static boolean validShort(String sf) {
        if (sf.length() < 2 || sf.length() > 12 || !Character.isLetterOrDigit(sf.charAt(0))) {
            return false;
        }
        boolean upper = false;
        boolean letter = false;
        for (int i = 0; i < sf.length(); i++) {
            char c = sf.charAt(i);
            upper |= Character.isUpperCase(c);
            letter |= Character.isLetter(c);
        }
        return upper && letter;
    }

    /** The pair whose short form sits in brackets after token {@code open - 1}, empty when none fits. */
    private static Optional<Abbreviation> longFormFor(Sentence s, List<Token> toks, int open, String shortForm,
            int sfStart) {
        String sfChars = alnum(shortForm);
        int maxWords = Math.min(sfChars.length() + 5, sfChars.length() * 2);
        int words = 0;
        int first = open;
        while (first > 0 && words < maxWords) {
            Token t = toks.get(first - 1);
            if (!t.isWord() && !t.text().equals("-") && !t.text().equals("/") && !t.text().equals("\u2013")) {
                break;
            }
            first--;
            if (t.isWord()) {
                words++;
            }
        }
        if (first == open) {
            return Optional.empty();
        }
        int lfStart = toks.get(first).start();
        int lfEnd = toks.get(open - 1).end();
        String lf = s.text().substring(lfStart, lfEnd);
        int begin = match(lf.toLowerCase(Locale.ROOT), sfChars.toLowerCase(Locale.ROOT));
        String digits = sfChars.replaceFirst("^.*?(\\d+)$", "$1");
        String letters = sfChars.substring(0, sfChars.length() - digits.length());
        if (begin < 0 && !digits.equals(sfChars) && letters.length() >= 2 && !hasDigit(letters)) {
            int retry = match(lf.toLowerCase(Locale.ROOT), letters.toLowerCase(Locale.ROOT));
            begin = retry >= 0 && lf.substring(retry).contains(digits) ? retry : -1;
        }
        if (begin < 0) {
            return Optional.empty();
        }
        begin = capitalStart(lf, begin, shortForm);
        begin = initialsStart(lf, begin, sfChars.toLowerCase(Locale.ROOT));
        String longForm = lf.substring(begin);
        int spaceIdx = longForm.indexOf(' ');
        String firstWord = (spaceIdx < 0 ? longForm : longForm.substring(0, spaceIdx)).toLowerCase(Locale.ROOT);
        if (BAD_FIRST.contains(firstWord) || longForm.length() <= shortForm.length()
                || longForm.equalsIgnoreCase(shortForm)) {
            return Optional.empty();
        }
        return Optional.of(new Abbreviation(longForm, shortForm, s.index(), lfStart + begin, sfStart));
    }

    /**
     * An earlier word start when the matched long form has no capitals but the short form is written in capitals and
     * the capitals of a longer run spell it: "Projector AssisTed Hierarchical pretraining method (PATH)", not
     * "pretraining method".
     */
    static int capitalStart(String lf, int begin, String sf) {
        String letters = alnum(sf);
        if (!letters.equals(letters.toUpperCase(Locale.ROOT)) || hasUpper(lf.substring(begin))) {
            return begin;
        }
        for (int b = begin - 1; b > 0; b--) {
            if (lf.charAt(b - 1) == ' ' && Character.isUpperCase(lf.charAt(b))
                    && capitals(lf.substring(b)).equals(letters)) {
                return b;
            }
        }
        return Character.isUpperCase(lf.charAt(0)) && capitals(lf).equals(letters) ? 0 : begin;
    }

    /**
     * An earlier word start when the matched long form takes some letters of the short form from inside its words but a
     * run of up to three more words spells it with word initials: "foreground-aware feature contrast (FAC)", not
     * "feature contrast"; "Incremental Implicitly-Refined Classification (IIRC)" (corpus ids liu2023cvpr-fac,
     * abdelsalam2021cvpr-iirc).
     */
    static int initialsStart(String lf, int begin, String sf) {
        if (subsequence(sf, initials(lf.substring(begin)))) {
            return begin;
        }
        int b = begin;
        for (int added = 0; added < 3 && b > 1; added++) {
            int prev = lf.lastIndexOf(' ', b - 2) + 1;
            String word = lf.substring(prev, b - 1).toLowerCase(Locale.ROOT);
            if (word.isEmpty() || BAD_FIRST.contains(word) || !Character.isLetterOrDigit(word.charAt(0))) {
                return begin;
            }
            b = prev;
            String in = initials(lf.substring(b));
            if (in.charAt(0) == sf.charAt(0) && subsequence(sf, in)) {
                return b;
            }
        }
        return begin;
    }

    /** The lower-cased first letters of the words and hyphen parts of a phrase. */
    private static String initials(String phrase) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (start) {
                    sb.append(Character.toLowerCase(c));
                }
                start = false;
            } else {
                start = c == ' ' || c == '-' || c == '/';
            }
        }
        return sb.toString();
    }

    /**
     * Whether a phrase spells a short form as a defined long form does: the short form's letters in order, the first
     * of them starting the phrase's first word ("Cost-Aware Prompt Optimization" spells "CAPO").
     */
    static boolean spells(String phrase, String shortForm) {
        String sf = alnum(shortForm).toLowerCase(Locale.ROOT);
        return sf.length() >= 2 && match(phrase.toLowerCase(Locale.ROOT), sf) == 0
                && phrase.toLowerCase(Locale.ROOT).charAt(0) == sf.charAt(0);
    }

    /**
     * The long form a title gives its acronym-like name after the colon, or "" when there is none: the whole run of
     * capitalised words after the colon, when it spells the name and its words' initials all occur in the name in
     * order, as in "CAPO: Cost-Aware Prompt Optimization" (corpus id zehle2025automl-capo). A run with words the name
     * leaves out ("MGSfM: Multi-Camera Geometry Driven Global Structure-from-Motion", "STRAP: Spatio-Temporal Pattern
     * Retrieval") is no long form, and neither is a run after a name of mostly lower-case letters ("SimAvatar").
     */
    static String titleLongForm(String rest, String name) {
        return LONG_FORMS.match(rest, name).orElse("");
    }

    /**
     * Whether every capital letter and digit of a name is the first letter of a word or hyphen part of a phrase, in
     * order: "Foreground-Action Consistency Network" covers "FAC-Net", "Mixture-of-Experts Operator Transformer" does
     * not cover "MoE-POT" (no part starts with P).
     */
    static boolean initialsCover(String phrase, String name) {
        String caps = capitals(name).toLowerCase(Locale.ROOT);
        return caps.length() >= 2 && subsequence(caps, initials(phrase));
    }

    /** Whether the characters of {@code sf} occur in {@code s} in order. */
    static boolean subsequence(String sf, String s) {
        int j = 0;
        for (int i = 0; i < s.length() && j < sf.length(); i++) {
            if (s.charAt(i) == sf.charAt(j)) {
                j++;
            }
        }
        return j == sf.length();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String capitals(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Start of the shortest suffix of {@code lf} that contains the characters of {@code sf} in order, or -1. */
    private static int match(String lf, String sf) {
        int l = lf.length() - 1;
        for (int si = sf.length() - 1; si >= 0; si--) {
            char c = sf.charAt(si);
            while (l >= 0 && (lf.charAt(l) != c || si == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            if (si > 0) {
                l--;
            }
        }
        int b = l;
        while (b > 0 && lf.charAt(b - 1) != ' ') {
            b--;
        }
        return b;
    }

    private static String alnum(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
