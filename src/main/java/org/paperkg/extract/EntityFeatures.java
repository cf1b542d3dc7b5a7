package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.paperkg.model.EntityType;

/**
 * The features of one model, method or dataset name that the learned entity filter scores to keep or drop the name.
 *
 * <p>The item is the first {@link Mention} of a name, typed as the extractor finally types it; the document holds
 * every layer of the rule pipeline, from which the features read all the name's mentions. No feature names the name
 * or any of its words: they describe the evidence the rules had for it and how the text uses it, through closed lists
 * of function words and head nouns, so that a model trained on a few hundred abstracts carries over to unseen ones.
 * The wrong names the rules still produce are mostly words used as modifiers or as names of problems and fields ("the
 * NISQ era", "OoD generalization", "a new system for Multi-Session SLAM", "Active Learning" in a title whose abstract
 * writes "active learning"), which is what most features look for.
 *
 * <pre>{@code
 * Document d = RuleExtractor.pipeline(Gazetteer.bundled()).run(title, abstractText);
 * Map<String, Double> x = new EntityFeatures().features(d, firstMention);
 * // "NISQ" in "With the arrival of the Noisy Intermediate-Scale Quantum (NISQ) era ...", typed a method:
 * // {abbr.capitalised 1, count.log 0.69, next=noun 1, next=noun.always 1}
 * }</pre>
 *
 * <p>Feature groups:
 * <ul>
 *   <li>Type: {@code type=dataset}, {@code type=model}; a method, the type the rules give a name without other
 *       evidence, has neither.
 *   <li>Evidence: {@code gaz.hit}, the name is a gazetteer name; {@code abbr.capitalised}, it is one half of an
 *       abbreviation pair whose long form is written with capitals ("Multi-Task Learning (MTL)").
 *   <li>Frequency: {@code count.log}, log(1 + number of mentions, at most 10).
 *   <li>Use: {@code next=noun}, the share of mentions followed (past a bracketed short form) by a lower-case noun
 *       outside closed lists of function words, verbs and type nouns, i.e. mentions that only qualify that noun;
 *       {@code next=noun.always} when every mention does; {@code next=task}, a mention is followed by a task noun
 *       ("AU detection"); {@code prev=in}, a mention follows "in" or "for" ("regret minimization in X"); {@code
 *       lower.elsewhere}, the text also writes the capitalised name in lower case ("Active Learning", "active
 *       learning"). For datasets these are given as {@code type=dataset&...}, as the development sets hold too few
 *       wrong dataset names for them to share weights with models and methods.
 * </ul>
 */
public final class EntityFeatures implements Featurizer<Mention> {
    private static final Optional<EntityType> TASK = Optional.of(EntityType.TASK);
    /**
     * Function words that may follow a name without making it a modifier of the next noun: determiners, pronouns,
     * prepositions, conjunctions, auxiliaries and particles ("X is", "X of", "X and Y").
     */
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("the", "a", "an", "this", "that", "these", "those",
            "of", "for", "in", "on", "to", "with", "by", "and", "or", "as", "at", "from", "into", "via", "than",
            "which", "who", "where", "when", "while", "whose", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "can", "could", "may", "might", "will", "would", "should", "must", "not", "also", "but", "nor", "so",
            "if", "then", "vs", "vs.", "versus", "e.g.", "i.e.", "etc", "over", "under", "across", "between", "among",
            "through", "within", "without", "against", "toward", "towards", "upon", "after", "before", "during", "per",
            "such", "both", "all", "each", "it", "its", "their", "they", "we", "our", "only", "alone", "itself", "do",
            "does", "did", "yet", "even", "still");
    /** Verbs often written right after a name: "X achieves", "X outperforms". */
    private static final Set<String> VERBS = Lexicon.words("achieves", "achieve", "outperforms", "outperform",
            "surpasses", "improves", "yields", "obtains", "reaches", "attains", "shows", "exhibits", "uses", "learns",
            "generates", "performs", "consists", "contains", "comprises", "provides", "enables", "leverages",
            "employs");
    /** Words that open the object of a verb, which makes the word before them a verb: "HER addresses the ...". */
    private static final Set<String> OBJECT_OPENERS = Lexicon.words("the", "a", "an", "this", "these", "their", "its",
            "our", "that", "it", "them", "us", "both", "more", "much", "better", "significant", "strong", "high");
    /**
     * Nouns after a name that make it a model or method name rather than a modifier: "the I3D backbone", "PVT
     * variants", "the GPT-2 baseline".
     */
    private static final Set<String> NAME_NOUNS = Lexicon.words("backbone", "backbones", "baseline", "baselines",
            "variant", "variants", "version", "versions", "counterpart", "counterparts", "implementation",
            "implementations", "sampler", "samplers", "family", "series", "weights", "detector", "detectors");
    /** The use features, given as {@code type=dataset&...} for datasets. */
    private static final List<String> USE = List.of("next=noun", "next=noun.always", "next=task", "prev=in",
            "lower.elsewhere");

    /** A featurizer; it holds no state. */
    public EntityFeatures() {
    }

    @Override
    public Map<String, Double> features(Document document, Mention item) {
        Map<String, Double> f = new TreeMap<>();
        String key = Keys.of(item.surface());
        if (item.type() != EntityType.METHOD) {
            f.put("type=" + item.type().name().toLowerCase(Locale.ROOT), 1.0);
        }
        evidence(document, key, f);
        List<Mention> mentions = mentions(document, key, item);
        f.put("count.log", Math.log1p(Math.min(mentions.size(), 10)));
        use(document, item, mentions, f);
        if (item.type() == EntityType.DATASET) {
            for (String name : USE) {
                Double v = f.remove(name);
                if (v != null) {
                    f.put("type=dataset&" + name, v);
                }
            }
        }
        return f;
    }

    /** The gazetteer and abbreviation evidence for a name. */
    private static void evidence(Document d, String key, Map<String, Double> f) {
        for (GazetteerMatch g : d.get(Layers.GAZETTEER)) {
            if (Keys.of(g.surface()).equals(key)) {
                f.put("gaz.hit", 1.0);
                break;
            }
        }
        for (Abbreviation a : d.get(Layers.ABBREVIATIONS)) {
            if (a.capitalized() && (Keys.of(a.shortForm()).equals(key) || Keys.of(a.longForm()).equals(key))) {
                f.put("abbr.capitalised", 1.0);
                break;
            }
        }
    }

    /** Every mention of the name among the name candidates and the task and metric phrases, or the item alone. */
    private static List<Mention> mentions(Document d, String key, Mention item) {
        List<Mention> all = new ArrayList<>();
        for (List<Mention> layer : List.of(d.get(Layers.ENTITIES), d.get(Layers.TERMS))) {
            for (Mention m : layer) {
                if (Keys.of(m.surface()).equals(key) && all.stream().noneMatch(o -> o.sentence() == m.sentence()
                        && o.start() == m.start())) {
                    all.add(m);
                }
            }
        }
        return all.isEmpty() ? List.of(item) : all;
    }

    /** The use features over all mentions of a name. */
    private static void use(Document d, Mention item, List<Mention> mentions, Map<String, Double> f) {
        List<Sentence> sentences = d.get(Layers.SENTENCES);
        List<List<Token>> tokens = d.get(Layers.TOKENS);
        int modifiers = 0;
        for (Mention m : mentions) {
            Sentence s = sentences.get(m.sentence());
            List<Token> toks = tokens.get(m.sentence());
            int first = -1;
            int end = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (first < 0 && toks.get(i).start() >= m.start()) {
                    first = i;
                }
                if (toks.get(i).end() <= m.end()) {
                    end = i + 1;
                }
            }
            if (first < 0 || end <= first) {
                continue;
            }
            if (first > 0) {
                String p = toks.get(first - 1).text().toLowerCase(Locale.ROOT);
                if (p.equals("in") || p.equals("for")) {
                    f.put("prev=in", 1.0);
                }
            }
            int k = afterBrackets(toks, end);
            if (k < toks.size()) {
                Optional<EntityType> h = headType(toks.get(k).text().toLowerCase(Locale.ROOT));
                if (h.equals(TASK)) {
                    f.put("next=task", 1.0);
                } else if (h.isEmpty() && qualifiedNoun(s, toks, k)) {
                    modifiers++;
                }
            }
        }
        if (modifiers > 0) {
            f.put("next=noun", modifiers / (double) mentions.size());
            if (modifiers == mentions.size()) {
                f.put("next=noun.always", 1.0);
            }
        }
        String lower = item.surface().toLowerCase(Locale.ROOT);
        if (!lower.equals(item.surface())
                && (containsWord(d.abstractText(), lower) || containsWord(d.title(), lower))) {
            f.put("lower.elsewhere", 1.0);
        }
    }

    /**
     * Whether the token at {@code k} is a plain noun that the name before it qualifies: a lower-case word (in the
     * title also a capitalised one) that is no function word, listed verb, verb before its object, participle,
     * adverb, number or noun that names a model ("backbone").
     */
    private static boolean qualifiedNoun(Sentence s, List<Token> toks, int k) {
        Token t = toks.get(k);
        String n = t.text().toLowerCase(Locale.ROOT);
        boolean plain = t.isLowerCase() || s.isTitle() && Lexicon.titleCase(t.text()) && !Lexicon.shaped(t.text());
        boolean verb = VERBS.contains(n) || k + 1 < toks.size()
                && OBJECT_OPENERS.contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT));
        return plain && t.isWord() && !verb && !FUNCTION_WORDS.contains(n) && !NAME_NOUNS.contains(n)
                && !n.endsWith("ed") && !n.endsWith("ing") && !n.endsWith("ly") && !Character.isDigit(n.charAt(0));
    }

    /** The type a noun names, also as the last part of a hyphenated compound ("encoder-decoder"). */
    private static Optional<EntityType> headType(String word) {
        int dash = word.lastIndexOf('-');
        Optional<EntityType> h = Lexicon.headNounType(word);
        return h.isEmpty() && dash > 0 ? Lexicon.headNounType(word.substring(dash + 1)) : h;
    }

    /** The token after a mention, past a bracketed short form or the closing bracket around the mention itself. */
    private static int afterBrackets(List<Token> toks, int end) {
        if (end < toks.size() && toks.get(end).text().equals(")")) {
            return end + 1;
        }
        if (end + 2 < toks.size() && toks.get(end).text().equals("(") && toks.get(end + 2).text().equals(")")) {
            return end + 3;
        }
        return end;
    }

    /** Whether a text holds a phrase as whole words, case-sensitively. */
    private static boolean containsWord(String text, String phrase) {
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            int end = i + phrase.length();
            if ((i == 0 || !wordChar(text.charAt(i - 1))) && (end == text.length() || !wordChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
