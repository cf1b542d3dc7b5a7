package org.paperkg.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A matcher that finds the capitalised phrase opening a title's subtitle that spells the short name before the colon,
 * as "Cost-Aware Prompt Optimization" in "CAPO: Cost-Aware Prompt Optimization", with per-caller options.
 *
 * <p>The phrase is a run of words that open with a capital letter or a digit, from the subtitle's first word (after
 * "A", "An" or "The" when the caller skips articles). A join word ("and", "of", ...) may stand inside it before another
 * capitalised word; a stop word ends it even when capitalised ("For"); a word with final punctuation ends it, or voids
 * it when the caller asks so. The caller sets how many words the phrase may have, which words must follow it (none:
 * anything may), words through which a phrase that does not spell may go on to a longer one that does ("Cross-image
 * Semantic Correlation via Prototype Attentions" for "CSC-PA"), and the spelling test ({@link Spelling}).
 *
 * <pre>{@code
 * SubtitleSpelling heads = SubtitleSpelling.builder().joins("and", "of", "via").stops("for", "with")
 *         .followers("for", "with").words(2, 7).voidOnPunctuation().spelling(Spelling.NAME_START).build();
 * heads.match("Grounded Spatial Value Maps Guided Action Diffusion for Generalized 3D Manipulation", "GravMAD");
 * // Optional[Grounded Spatial Value Maps Guided Action Diffusion]
 * }</pre>
 */
final class SubtitleSpelling {
    /** How a phrase must spell the name. */
    enum Spelling {
        /** Every capital and digit of the name starts a word or hyphen part of the phrase, in order. */
        INITIALS,
        /** As {@link #INITIALS}, and the phrase opens with the name's first letter. */
        NAME_START,
        /**
         * The name is acronym-like (two capitals or more, at least half its letters), the phrase holds its letters in
         * order from the start of its first word, each word's initial is a letter of the name in order, and the phrase
         * is not the name itself.
         */
        LETTERS
    }

    private static final Set<String> ARTICLES = Lexicon.words("a", "an", "the");
    private static final String MARKS = ",;:.!?)";

    private final boolean skipArticle;
    private final Set<String> joins;
    private final Set<String> stops;
    private final Set<String> followers;
    private final Set<String> extenders;
    private final boolean voidOnPunctuation;
    private final int minWords;
    private final int maxWords;
    private final Spelling spelling;

    private SubtitleSpelling(Builder b) {
        this.skipArticle = b.skipArticle;
        this.joins = b.joins;
        this.stops = b.stops;
        this.followers = b.followers;
        this.extenders = b.extenders;
        this.voidOnPunctuation = b.voidOnPunctuation;
        this.minWords = b.minWords;
        this.maxWords = b.maxWords;
        this.spelling = b.spelling;
    }

    /** A builder with no article skipping, joins, stops, followers or extenders, 2 to 8 words, {@code INITIALS}. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * The phrase opening {@code subtitle} that spells {@code name} under this matcher's options, punctuation at its end
     * removed; empty when there is none.
     */
    Optional<String> match(String subtitle, String name) {
        String[] w = subtitle.strip().split("\\s+");
        int start = start(w);
        int end = end(w, start);
        if (end < 0) {
            return Optional.empty();
        }
        Optional<String> found = accept(w, start, end, name);
        if (found.isEmpty() && end + 1 < w.length && extenders.contains(w[end].toLowerCase(Locale.ROOT))) {
            int longer = end(w, end + 1);
            if (longer > end + 1) {
                found = accept(w, start, longer, name);
            }
        }
        return found;
    }

    /**
     * The capitalised phrase opening {@code subtitle} by this matcher's run rules alone (no word limits, followers or
     * spelling), punctuation at its end removed; empty when there is none.
     */
    String head(String subtitle) {
        String[] w = subtitle.strip().split("\\s+");
        int start = start(w);
        int end = end(w, start);
        return end <= start ? "" : phrase(w, start, end);
    }

    /**
     * End (exclusive) of the run of capitalised words in {@code w} from {@code start}, by this matcher's joins, stops
     * and punctuation; -1 when punctuation voids the run.
     */
    int end(String[] w, int start) {
        int end = start;
        while (end < w.length) {
            boolean word = capitalised(w[end]) && !stops.contains(w[end].toLowerCase(Locale.ROOT));
            boolean join = end > start && joins.contains(w[end]) && end + 1 < w.length && capitalised(w[end + 1]);
            if (!word && !join) {
                break;
            }
            end++;
            String last = w[end - 1];
            if (MARKS.indexOf(last.charAt(last.length() - 1)) >= 0) {
                return voidOnPunctuation ? -1 : end;
            }
        }
        return end;
    }

    /** Whether a phrase spells a name by this matcher's spelling test. */
    boolean spells(String phrase, String name) {
        if (phrase.isEmpty() || name.isEmpty()) {
            return false;
        }
        return switch (spelling) {
            case INITIALS -> AbbreviationFinder.initialsCover(phrase, name);
            case NAME_START -> Character.toLowerCase(phrase.charAt(0)) == Character.toLowerCase(name.charAt(0))
                    && AbbreviationFinder.initialsCover(phrase, name);
            case LETTERS -> lettersSpell(phrase, name);
        };
    }

    private static boolean lettersSpell(String phrase, String name) {
        String letters = Keys.of(name);
        long capitals = name.codePoints().filter(Character::isUpperCase).count();
        if (capitals < 2 || capitals * 2 < letters.length()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : phrase.split(" ")) {
            initials.append(Character.toLowerCase(word.charAt(0)));
        }
        return AbbreviationFinder.spells(phrase, name) && AbbreviationFinder.subsequence(initials.toString(), letters)
                && !Keys.of(phrase).equals(letters);
    }

    private int start(String[] w) {
        return skipArticle && w.length > 1 && ARTICLES.contains(w[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
    }

    private Optional<String> accept(String[] w, int start, int end, String name) {
        int n = end - start;
        if (n < minWords || n > maxWords
                || !followers.isEmpty() && (end == w.length || !followers.contains(w[end].toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        String phrase = phrase(w, start, end);
        return spells(phrase, name) ? Optional.of(phrase) : Optional.empty();
    }

    private static String phrase(String[] w, int start, int end) {
        String p = String.join(" ", Arrays.copyOfRange(w, start, end));
        int cut = p.length();
        while (cut > 0 && MARKS.indexOf(p.charAt(cut - 1)) >= 0) {
            cut--;
        }
        return p.substring(0, cut);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)));
    }

    /** A builder of a {@link SubtitleSpelling}; word sets are matched lower-cased, except joins (exact). */
    static final class Builder {
        private boolean skipArticle;
        private Set<String> joins = Set.of();
        private Set<String> stops = Set.of();
        private Set<String> followers = Set.of();
        private Set<String> extenders = Set.of();
        private boolean voidOnPunctuation;
        private int minWords = 2;
        private int maxWords = 8;
        private Spelling spelling = Spelling.INITIALS;

        private Builder() {
        }

        /** Skips a leading "A", "An" or "The". */
        Builder skipArticle() {
            this.skipArticle = true;
            return this;
        }

        /** Lower-case words that may stand inside the phrase before a capitalised word. */
        Builder joins(String... words) {
            this.joins = Set.of(words);
            return this;
        }

        /** Words that end the phrase even when capitalised. */
        Builder stops(Set<String> words) {
            this.stops = Set.copyOf(words);
            return this;
        }

        /** Words that end the phrase even when capitalised. */
        Builder stops(String... words) {
            return stops(Set.of(words));
        }

        /** Words one of which must follow the phrase; none given, anything may follow or nothing. */
        Builder followers(String... words) {
            this.followers = Set.of(words);
            return this;
        }

        /** Words through which a phrase that does not spell the name may go on to a longer one that does. */
        Builder extenders(Set<String> words) {
            this.extenders = Set.copyOf(words);
            return this;
        }

        /** A word with final punctuation inside the run voids the phrase instead of ending it. */
        Builder voidOnPunctuation() {
            this.voidOnPunctuation = true;
            return this;
        }

        /** The least and the most words the phrase may have. */
        Builder words(int min, int max) {
            this.minWords = min;
            this.maxWords = max;
            return this;
        }

        /** The spelling test. */
        Builder spelling(Spelling test) {
            this.spelling = test;
            return this;
        }

        /** The matcher; fails on word limits below one or out of order and on a missing spelling test. */
        SubtitleSpelling build() {
            if (minWords < 1 || maxWords < minWords) {
                throw new IllegalArgumentException("word limits must satisfy 1 <= min <= max: " + minWords + ", "
                        + maxWords);
            }
            if (spelling == null) {
                throw new IllegalArgumentException("a spelling test is required");
            }
            for (Set<String> s : List.of(stops, followers, extenders)) {
                for (String w : s) {
                    if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                        throw new IllegalArgumentException("stop, follower and extender words are lower case: " + w);
                    }
                }
            }
            return new SubtitleSpelling(this);
        }
    }
}
