package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;

/**
 * The features of one model, method or dataset name that decide whether the extractor keeps it.
 *
 * <p>The item is the first {@link Mention} of a name, carrying the type the extractor finally gives the name; the
 * document holds every layer of the rule pipeline, from which the features count the name's other mentions and read
 * its evidence. No feature names the name itself or any of its words: they describe its shape, the evidence the rules
 * had for it and the closed-class words around it, so that a model trained on the development sets carries over to
 * unseen abstracts. All values are 1.0 except the scaled mention count.
 *
 * <pre>{@code
 * Document d = RuleExtractor.pipeline(gazetteer).run(title, abstractText);
 * Map<String, Double> x = new EntityFeatures().features(d, firstMention);
 * // for "NISQ" in "Noisy Intermediate-Scale Quantum (NISQ) computers" (typed a method):
 * // type=method, shape.caps, abbr.short, abbr.untypedHead, next=noun.always, ...
 * }</pre>
 */
public final class EntityFeatures implements Featurizer<Mention> {
    /** Words before a name that introduce a determiner-led noun phrase: "the X dataset". */
    private static final Set<String> PREV_DETERMINERS = Lexicon.words("the", "a", "an");
    /** Words before a name that say it is the ground of an experiment: "on X", "across X". */
    private static final Set<String> PREV_ON = Lexicon.words("on", "across", "over");
    /** Words before a name that say it is used: "using X", "with X", "via X". */
    private static final Set<String> PREV_USING = Lexicon.words("using", "with", "via", "by", "use", "uses", "used",
            "adopt", "adopts", "employ", "employs", "apply", "applies", "leverage", "leverages", "utilize", "utilizes");
    /** Words before a name that introduce it as the paper's own: "we propose X", "called X". */
    private static final Set<String> PREV_PROPOSE = Lexicon.words("propose", "proposes", "introduce", "introduces",
            "present", "presents", "called", "named", "dubbed", "termed", "coined", "our", "develop", "develops");
    /** Words before a name that make it the other side of a comparison: "than X", "outperforms X". */
    private static final Set<String> PREV_COMPARE = Lexicon.words("than", "outperforms", "outperform", "surpasses",
            "surpass", "beats", "vs", "vs.", "versus", "against", "over", "to", "baselines", "baseline");
    /** Tokens before a name that put it in a list: "A, B and C", "such as X", "e.g. X". */
    private static final Set<String> PREV_LIST = Lexicon.words(",", "and", "or", "as", "including", "like", "e.g.",
            "e.g", "i.e.", "namely", ":");
    /** Words after a name that make it a sentence subject that acts: "X achieves", "X outperforms". */
    private static final Set<String> NEXT_VERBS = Lexicon.words("is", "are", "was", "were", "achieves", "achieve",
            "outperforms", "outperform", "surpasses", "improves", "yields", "obtains", "reaches", "attains", "shows",
            "exhibits", "uses", "learns", "can", "generates", "performs", "consists", "contains", "comprises",
            "provides", "enables", "has", "leverages", "employs");
    /**
     * Function words that may follow a name without making it a modifier of the next noun: determiners, pronouns,
     * prepositions, conjunctions and auxiliaries ("X is", "X of", "X and Y").
     */
    private static final Set<String> FUNCTION_AFTER = Lexicon.words("the", "a", "an", "this", "that", "these", "those",
            "of", "for", "in", "on", "to", "with", "by", "and", "or", "as", "at", "from", "into", "via", "than",
            "which", "who", "where", "when", "while", "whose", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "can", "could", "may", "might", "will", "would", "should", "must", "not", "also", "but", "nor",
            "so", "if", "then", "vs", "vs.", "versus", "e.g.", "i.e.", "etc", "over", "under", "across", "between",
            "among", "through", "within", "without", "against", "toward", "towards", "upon", "after", "before",
            "during", "per", "such", "both", "all", "each", "it", "its", "their", "they", "we", "our", "only",
            "alone", "itself", "do", "does", "did", "achieves", "yet", "even", "still");
    /** Words of a sentence that report experiments: "experiments on X show ...". */
    private static final Pattern EXPERIMENT = Pattern.compile("(?i)\\b(?:experiment|evaluat|benchmark|dataset"
            + "|outperform|accura|state-of-the-art|surpass|baseline|results)");
    /** A plural acronym: "LLMs", "TKGs", "MAMABs". */
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9]*[A-Z]s");
    /** Separators between two names in one list. */
    private static final Set<String> LIST_GAPS = Set.of(", ", " and ", ", and ", " or ", ", or ", "/", " & ");
    /** Short words that do not count when deciding whether every word of a name is capitalised. */
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("of", "for", "from", "and", "with", "the", "in",
            "on", "to", "a", "an", "via", "by", "as", "at");
    /** Features that are also given once per type, for the model scores models, methods and datasets together. */
    private static final Set<String> TYPED = Set.of("gaz.hit", "abbr.short", "abbr.long", "title.only", "shape.caps",
            "shape.plain", "head.agrees", "count.once", "prev=on", "next=dataset", "list.known", "next=noun");

    /** A featurizer; it holds no state. */
    public EntityFeatures() {
    }

    @Override
    public Map<String, Double> features(Document document, Mention item) {
        Map<String, Double> f = new TreeMap<>();
        String key = Keys.of(item.surface());
        f.put("type=" + typeName(item.type()), 1.0);
        shape(item, f);
        head(item, f);
        gazetteer(document, item, key, f);
        abbreviations(document, key, f);
        mentions(document, item, key, f);
        claims(document, key, f);
        for (String name : List.copyOf(f.keySet())) {
            if (TYPED.contains(name)) {
                f.put("type=" + typeName(item.type()) + "&" + name, 1.0);
            }
        }
        return f;
    }

    private static String typeName(EntityType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Word shape: number of words, all capitals ("NISQ"), a plural acronym ("TKGs"), inner capitals ("DefMamba"),
     * digits, hyphens, all lower case, only plain capitalised words ("Active Learning", "shape.plain": no word is
     * name-shaped on its own), and whether the type that the shape suggests ("-Bench", "-7B", "-Net") agrees with the
     * final type.
     */
    private static void shape(Mention m, Map<String, Double> f) {
        String s = m.surface();
        String[] words = s.split(" ");
        f.put(words.length == 1 ? "words=1" : words.length == 2 ? "words=2" : "words=3+", 1.0);
        boolean anyShaped = false;
        boolean allCapitalised = true;
        for (String w : words) {
            anyShaped |= Lexicon.shaped(w);
            if (!FUNCTION_WORDS.contains(w) && !w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) {
                allCapitalised = false;
            }
        }
        if (PLURAL_ACRONYM.matcher(s).matches()) {
            f.put("shape.capsPlural", 1.0);
        } else if (allCaps(s)) {
            f.put("shape.caps", 1.0);
        } else if (camel(s)) {
            f.put("shape.camel", 1.0);
        }
        if (s.chars().anyMatch(Character::isDigit)) {
            f.put("shape.digit", 1.0);
        }
        if (s.indexOf('-') >= 0) {
            f.put("shape.hyphen", 1.0);
        }
        if (s.equals(s.toLowerCase(Locale.ROOT))) {
            f.put("shape.lower", 1.0);
        } else if (!anyShaped && allCapitalised) {
            f.put("shape.plain", 1.0);
        }
        EntityType byShape = EntityTyper.shapeType(s);
        if (byShape != null) {
            f.put(byShape == m.type() ? "shape.typeAgrees" : "shape.typeDiffers", 1.0);
        }
    }

    private static boolean allCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    private static boolean camel(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last word, from closed lists only: the type its head noun names ("Consistency Model", "X Benchmark"),
     * whether that type agrees with the final type, and a capitalised adjective from a proper name opening the name
     * ("Bayesian Optimization").
     */
    private static void head(Mention m, Map<String, Double> f) {
        String s = m.surface();
        String last = s.substring(s.lastIndexOf(' ') + 1);
        EntityType h = Lexicon.typeOfHead(last);
        if (h == null && last.lastIndexOf('-') > 0) {
            h = Lexicon.typeOfHead(last.substring(last.lastIndexOf('-') + 1));
        }
        if (h != null && s.indexOf(' ') > 0) {
            f.put("head=" + typeName(h), 1.0);
            if (h == m.type()) {
                f.put("head.agrees", 1.0);
            }
        }
        int space = s.indexOf(' ');
        if (space > 0 && Lexicon.EPONYMS.contains(s.substring(0, space))) {
            f.put("word.eponym", 1.0);
        }
    }

    /**
     * Gazetteer evidence: the name is a gazetteer name, of the same type or another, or only part of it is
     * ("ViT Neural Architecture Search").
     */
    private static void gazetteer(Document d, Mention m, String key, Map<String, Double> f) {
        boolean hit = false;
        boolean part = false;
        for (GazetteerMatch g : d.get(Layers.GAZETTEER)) {
            String gk = Keys.of(g.surface());
            if (gk.equals(key)) {
                hit = true;
                f.put(g.entry().type() == m.type() ? "gaz.typeAgrees" : "gaz.typeDiffers", 1.0);
            } else if (gk.length() >= 2 && key.contains(gk)) {
                part = true;
            }
        }
        if (hit) {
            f.put("gaz.hit", 1.0);
        } else if (part) {
            f.put("gaz.part", 1.0);
        }
    }

    /**
     * Abbreviation pairs: the name is the short or the long form of a pair, the long form is written with capitals
     * ("Multi-Task Learning (MTL)") or not ("knowledge graph (KG)"), and the type its head noun names.
     */
    private static void abbreviations(Document d, String key, Map<String, Double> f) {
        for (Abbreviation a : d.get(Layers.ABBREVIATIONS)) {
            boolean isShort = Keys.of(a.shortForm()).equals(key);
            boolean isLong = Keys.of(a.longForm()).equals(key);
            if (!isShort && !isLong) {
                continue;
            }
            f.put(isShort ? "abbr.short" : "abbr.long", 1.0);
            f.put(a.capitalized() ? "abbr.capitalised" : "abbr.lowerLong", 1.0);
            String lf = a.longForm();
            EntityType h = Lexicon.typeOfHead(lf.substring(lf.lastIndexOf(' ') + 1));
            f.put(h == null ? "abbr.untypedHead" : "abbr.typedHead", 1.0);
            return;
        }
    }

    /**
     * Mentions: how often the name occurs (scaled), whether it occurs once only, in the title, only in the title, at a
     * sentence start, only in TERMS (task and metric phrases) rather than among the name candidates, whether the
     * extractor changed the type the typing stage gave it, whether it is a proposed name; the closed-class words
     * before and after each mention ("the", "on", "using", "propose", "than", a list separator; a dataset, model,
     * method or task noun, a bracket, a verb), whether a sentence reports experiments, and whether the name is listed
     * next to another name or a gazetteer name.
     */
    private static void mentions(Document d, Mention first, String key, Map<String, Double> f) {
        List<Sentence> sentences = d.get(Layers.SENTENCES);
        List<List<Token>> tokens = d.get(Layers.TOKENS);
        List<Mention> all = new ArrayList<>();
        boolean inEntities = false;
        for (Mention m : d.get(Layers.ENTITIES)) {
            if (Keys.of(m.surface()).equals(key)) {
                all.add(m);
                inEntities = true;
                if (m.sentence() == first.sentence() && m.start() == first.start() && m.type() != first.type()) {
                    f.put("src.retyped", 1.0);
                }
            }
        }
        for (Mention m : d.get(Layers.TERMS)) {
            if (Keys.of(m.surface()).equals(key) && !contains(all, m)) {
                all.add(m);
            }
        }
        if (!inEntities) {
            f.put("src.terms", 1.0);
        }
        if (all.isEmpty()) {
            all.add(first);
        }
        int n = all.size();
        f.put("count.log", Math.log1p(Math.min(n, 10)));
        if (n == 1) {
            f.put("count.once", 1.0);
        }
        boolean title = false;
        boolean abstractMention = false;
        for (Mention m : all) {
            Sentence s = sentences.get(m.sentence());
            if (s.isTitle()) {
                title = true;
            } else {
                abstractMention = true;
            }
            context(d, m, s, tokens.get(m.sentence()), f);
        }
        Double modifiers = f.remove("next=noun");
        if (modifiers != null) {
            f.put("next=noun", modifiers / n);
            if (modifiers >= n) {
                f.put("next=noun.always", 1.0);
            }
        }
        if (title) {
            f.put(abstractMention ? "title.also" : "title.only", 1.0);
        }
        String lower = first.surface().toLowerCase(Locale.ROOT);
        if (!lower.equals(first.surface()) && (containsWord(d.abstractText(), lower) || containsWord(d.title(), lower))) {
            f.put("lower.elsewhere", 1.0);
        }
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

    private static boolean contains(List<Mention> ms, Mention m) {
        for (Mention o : ms) {
            if (o.sentence() == m.sentence() && o.start() == m.start()) {
                return true;
            }
        }
        return false;
    }

    /** The cue words around one mention and the names listed beside it. */
    private static void context(Document d, Mention m, Sentence s, List<Token> toks, Map<String, Double> f) {
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
            return;
        }
        if (first == 0 && !s.isTitle()) {
            f.put("pos.sentenceStart", 1.0);
        }
        if (first > 0) {
            String p = toks.get(first - 1).text().toLowerCase(Locale.ROOT);
            cue(f, "prev=the", PREV_DETERMINERS.contains(p));
            cue(f, "prev=on", PREV_ON.contains(p));
            cue(f, "prev=of", p.equals("of"));
            cue(f, "prev=using", PREV_USING.contains(p));
            cue(f, "prev=propose", PREV_PROPOSE.contains(p));
            cue(f, "prev=compare", PREV_COMPARE.contains(p));
            cue(f, "prev=list", PREV_LIST.contains(p));
            cue(f, "ctx.bracketed", p.equals("(") && end < toks.size() && toks.get(end).text().equals(")"));
        }
        if (end < toks.size()) {
            cue(f, "next=(", toks.get(end).text().equals("("));
        }
        int k = afterBrackets(toks, end);
        if (k < toks.size()) {
            Token t = toks.get(k);
            String n = t.text().toLowerCase(Locale.ROOT);
            EntityType h = Lexicon.typeOfHead(n);
            cue(f, "next=dataset", h == EntityType.DATASET);
            cue(f, "next=model", h == EntityType.MODEL);
            cue(f, "next=method", h == EntityType.METHOD);
            cue(f, "next=task", h == EntityType.TASK);
            cue(f, "next=verb", NEXT_VERBS.contains(n));
            boolean plain = t.isLowerCase() || s.isTitle() && Lexicon.titleCase(t.text()) && !Lexicon.shaped(t.text());
            if (h == null && t.isWord() && plain && !FUNCTION_AFTER.contains(n) && !NEXT_VERBS.contains(n)
                    && !n.endsWith("ed") && !n.endsWith("ing") && !n.endsWith("ly") && !Character.isDigit(n.charAt(0))) {
                f.merge("next=noun", 1.0, Double::sum);
            }
        }
        if (!s.isTitle() && EXPERIMENT.matcher(s.text()).find()) {
            f.put("sent.experiment", 1.0);
        }
        listed(d, m, s, f);
        for (Mention t : d.get(Layers.TERMS)) {
            if (t.sentence() == m.sentence() && t.start() <= m.start() && m.end() <= t.end()
                    && t.end() - t.start() > m.end() - m.start()) {
                f.put("inside.term", 1.0);
            }
        }
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

    private static void cue(Map<String, Double> f, String name, boolean fires) {
        if (fires) {
            f.put(name, 1.0);
        }
    }

    /** Whether another name, or a gazetteer name, is listed right before or after the mention: "A, B and C". */
    private static void listed(Document d, Mention m, Sentence s, Map<String, Double> f) {
        String text = s.text();
        for (Mention o : d.get(Layers.ENTITIES)) {
            if (o.sentence() != m.sentence() || o.start() == m.start()) {
                continue;
            }
            String gap = o.end() <= m.start() ? text.substring(o.end(), m.start())
                    : m.end() <= o.start() ? text.substring(m.end(), o.start()) : "";
            if (!LIST_GAPS.contains(gap)) {
                continue;
            }
            f.put("list.name", 1.0);
            for (GazetteerMatch g : d.get(Layers.GAZETTEER)) {
                if (g.sentence() == o.sentence() && g.start() == o.start() && g.end() == o.end()) {
                    f.put("list.known", 1.0);
                }
            }
        }
    }

    /** Claims: the name is the subject or the object of a comparative claim, or a dataset a claim is on. */
    private static void claims(Document d, String key, Map<String, Double> f) {
        for (Claim c : d.get(Layers.CLAIMS)) {
            cue(f, "claim.subject", Keys.of(c.subject()).equals(key));
            cue(f, "claim.object", Keys.of(c.object()).equals(key));
            for (String ds : c.datasets()) {
                cue(f, "claim.dataset", Keys.of(ds).equals(key));
            }
        }
    }
}
