package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;

/**
 * The features of one comparative claim that the learned claim filter scores: how the claim was found, not which
 * names it holds.
 *
 * <p>Every feature describes the claim's shape and the evidence around it: its relation and confidence, how its
 * subject was resolved, whether its object is a name or a generic phrase and where its boundaries fall, the comparison
 * cue before the object, and the sentence it comes from (its place, result cues, hedges, negation, numbers), with the
 * datasets, metric and margin the rules attached. Words are read only through closed cue lists defined here; no
 * feature carries a name. Binary features are present with value 1.0 or absent; {@code conf} is in [0, 1].
 *
 * <pre>{@code
 * Document d = RuleExtractor.pipeline(Gazetteer.bundled()).run(title, abstractText);
 * Claim c = d.get(Layers.CLAIMS).get(0);
 * Map<String, Double> x = new ClaimFeatures().features(d, c);
 * // "We show that Lion outperforms Adam on ImageNet.": rel.outperforms, conf, subj.written, obj.named, obj.next.prep,
 * // cue.verb, sent.we, sent.result, ev.datasets
 * }</pre>
 */
public final class ClaimFeatures implements Featurizer<Claim> {
    /** Words of a comparison cue that names its winner directly: "outperforms", "surpasses". */
    private static final Pattern CUE_VERB = Pattern.compile(
            "(?i)(?=[osbe])\\b(?:out(?:perform|compete|shine|strip|pace)|surpass|beat|exceed)\\w*");
    /** A comparative adjective up to "than" or "to": "better than", "superior to", "higher accuracy than". */
    private static final Pattern CUE_THAN = Pattern.compile("(?i)\\b(?:than|superior(?: [\\w-]+){0,3}? to)\\b");
    /**
     * The comparative before "than": a gain in quality (group 1: "better", "higher"), a saving (group 2: "faster",
     * "fewer", "more efficient"), or another property (group 3: "more robust").
     */
    private static final Pattern COMPARATIVE = Pattern.compile(
            "(?i)\\b(?:(better|superior|higher|stronger|greater|larger)|(faster|cheaper|quicker|fewer|less|lower"
                    + "|smaller|more (?:efficient|scalable|compact))|(more [a-z-]+))\\b");
    /** A comparison stated beside the claim: "compared to", "relative to", "against". */
    private static final Pattern CUE_COMPARED = Pattern.compile(
            "(?i)\\b(?:compared (?:to|with)|in comparison (?:to|with)|relative to|with respect to|against)\\b");
    /** A gain over a rival: "improves over", "gains over", "improvement upon". */
    private static final Pattern CUE_OVER = Pattern.compile("(?i)(?=[ou])\\b(?:over|upon)\\b");
    /** An equal footing: "comparable to", "on par with", "matches", "competitive with". */
    private static final Pattern CUE_MATCH = Pattern.compile(
            "(?i)\\b(?:comparabl[ey]|competitive(?:ly)?|on (?:a )?par|match(?:es|ed|ing)?|rival\\w*|similar(?:ly)?"
                    + "|equivalent|as (?:good|well|accurate|effective|strong) as|close to)\\b");
    /** A loss: "lags behind", "falls behind", "underperforms", "worse than". */
    private static final Pattern CUE_BEHIND = Pattern.compile(
            "(?i)(?=[buwi])\\b(?:behind|underperform\\w*|worse|inferior|weaker)\\b");
    /** The comparison cues by name, in the order a tie between two cues ending at one place is settled. */
    private static final List<Map.Entry<String, Pattern>> CUES = List.of(Map.entry("verb", CUE_VERB),
            Map.entry("than", CUE_THAN), Map.entry("compared", CUE_COMPARED), Map.entry("over", CUE_OVER),
            Map.entry("match", CUE_MATCH), Map.entry("behind", CUE_BEHIND));
    /** Words by which a sentence refers to the paper's own artifact: "our", "it", "the proposed". */
    private static final Pattern OWN_REFERENCE = Pattern.compile(
            "(?i)\\b(?:we|our|ours|it|its|this|these|proposed|both)\\b");
    private static final Pattern WE = Pattern.compile("(?i)(?=[wot])\\b(?:we|our|ours|this (?:paper|work|study))\\b");
    private static final Pattern RESULT = Pattern.compile(
            "(?i)(?=[ersd])\\b(?:experiments?|experimental(?:ly)?|results?|empirical(?:ly)?|evaluations?|demonstrates?"
                    + "|shows?|show(?:ed|n)|extensive)\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:can|may|might|could|potentially|often"
            + "|typically|sometimes)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?=[ncfu])(?:\\b(?:not|no|never|cannot|fails?|failed|unable|neither|nor)\\b|n't\\b)");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    /** Words that make a phrase a rival rather than a thing: "state-of-the-art methods", "existing baselines". */
    private static final Pattern RIVAL = Pattern.compile(
            "(?i)(?=[sbpeoctvlra])(?:state[- ]of[- ]the[- ]art|\\bsota\\b|baseline|\\b(?:prior|previous|existing|other"
                    + "|competing|conventional|traditional|standard|vanilla|classical|current|leading"
                    + "|strong(?:er|est)?|best|recent|popular|original|alternative)\\b)");
    /** Head nouns of a generic rival: "methods", "baselines", "humans". */
    private static final Set<String> RIVAL_HEADS = Lexicon.words("methods", "method", "models", "model",
            "approaches", "approach", "baselines", "baseline", "algorithms", "algorithm", "techniques", "systems",
            "networks", "frameworks", "solutions", "works", "counterparts", "competitors", "alternatives", "humans",
            "experts", "sota", "state-of-the-art", "variants", "architectures", "estimators", "policies", "llms");
    /** Head nouns of a measure rather than a rival: "the number of experts", "state-of-the-art results". */
    private static final Set<String> MEASURE_HEADS = Lexicon.words("performance", "results", "result", "accuracy",
            "number", "scores", "score", "quality", "efficiency", "speed", "error", "errors", "cost", "costs",
            "rate", "time", "size", "bound", "bounds", "amount", "level", "levels");
    /** Words that close a noun phrase: a claim's object usually stops right before one. */
    private static final Set<String> CLOSING = Lexicon.words("by", "on", "in", "across", "at", "for", "under", "over",
            "from", "while", "whereas", "and", "or", "but", "as", "when", "to", "both", "through", "via", "within",
            "without", "using", "despite");
    /** Words that start a post-modifier which belongs to the object: "the model with LiDAR", "methods that". */
    private static final Set<String> POST_MODIFIERS = Lexicon.words("with", "that", "which", "who", "like", "such",
            "we", "trained", "based");
    /** Metric nouns that, right after an object, show it was cut before its head ("... robustness"). */
    private static final Set<String> METRIC_NOUNS = Lexicon.words("robustness", "accuracy", "generalization",
            "precision", "recall", "fidelity", "throughput", "latency");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s*([A-Za-z][\\w-]*)");
    private static final Pattern DETERMINER = Pattern.compile("(?i)^(?:the|a|an|its|their|these|those)\\b");

    /** Creates the featurizer; it holds no state. */
    public ClaimFeatures() {
    }

    @Override
    public Map<String, Double> features(Document document, Claim claim) {
        Map<String, Double> f = new TreeMap<>();
        relation(claim, f);
        int sentence = sentenceIndex(document, claim);
        String text = ClaimFinder.flatten(claim.sentence());
        subject(document, claim, text, f);
        object(claim, f);
        cue(claim, text, f);
        objectMentions(document, claim, sentence, text, f);
        sentence(document, sentence, text, f);
        evidence(claim, f);
        return f;
    }

    /**
     * Relation and confidence: {@code rel.outperforms}, {@code rel.comparable}, {@code rel.underperforms}; {@code conf}
     * the rules' confidence (strong verbs near 0.9, "compared to" gains and hedges 0.6, negations 0.5, lower when the
     * subject was carried over from the previous claim or the object is long).
     */
    private static void relation(Claim c, Map<String, Double> f) {
        f.put("rel." + c.relation().label(), 1.0);
        f.put("conf", c.confidence());
    }

    /**
     * Subject: {@code subj.proposed} the paper's unnamed method; {@code subj.referent} one of the paper's proposed
     * names; {@code subj.written} the subject is written in the sentence, {@code subj.implicit} it is not and the
     * sentence does not refer to the paper's own work either ("our", "it", "the proposed"), so the rules carried it
     * over from elsewhere.
     */
    private static void subject(Document d, Claim c, String text, Map<String, Double> f) {
        String subject = c.subject();
        if (c.subjectIsProposed()) {
            f.put("subj.proposed", 1.0);
            return;
        }
        if (isProposedName(d, Keys.of(subject))) {
            f.put("subj.referent", 1.0);
        }
        if (ClaimFinder.wordIndex(text, subject) >= 0) {
            f.put("subj.written", 1.0);
        } else if (!OWN_REFERENCE.matcher(text).find()) {
            f.put("subj.implicit", 1.0);
        }
    }

    /**
     * Object: {@code obj.named} the rules call it a proper name; {@code obj.long} more than four words;
     * {@code obj.rival} a rival word ("existing", "baseline", "state-of-the-art"); {@code obj.head.rival} /
     * {@code obj.head.measure} its head a generic rival noun ("methods") or a measure ("the number of experts");
     * {@code obj.det} it opens with a determiner ("the conventional ...").
     */
    private static void object(Claim c, Map<String, Double> f) {
        String object = c.object();
        if (c.objectNamed()) {
            f.put("obj.named", 1.0);
        }
        if (words(object) > 4) {
            f.put("obj.long", 1.0);
        }
        if (RIVAL.matcher(object).find()) {
            f.put("obj.rival", 1.0);
        }
        String head = head(object);
        if (RIVAL_HEADS.contains(head)) {
            f.put("obj.head.rival", 1.0);
        } else if (MEASURE_HEADS.contains(head)) {
            f.put("obj.head.measure", 1.0);
        }
        if (DETERMINER.matcher(object).find()) {
            f.put("obj.det", 1.0);
        }
    }

    /**
     * Comparison cue and object end: the class of the last cue before the object in the sentence, {@code cue.verb}
     * ("outperforms"), {@code cue.than} ("better than"), {@code cue.compared} ("compared to"), {@code cue.over} ("gains
     * over"), {@code cue.match} ("on par with") or {@code cue.behind} ("lags behind"); after "than" also the kind of
     * comparative, {@code cue.than.gain} ("better", "higher"), {@code cue.than.cost} ("faster", "fewer"),
     * {@code cue.than.more} ("more robust") or {@code cue.than.other}; and {@code obj.next.*}, what follows the object
     * (see {@link #following}).
     */
    private static void cue(Claim c, String text, Map<String, Double> f) {
        int at = objectAt(text, c.object());
        if (at < 0) {
            return;
        }
        f.put("obj.next." + following(text, at, c.object()), 1.0);
        String before = text.substring(0, at);
        String best = "";
        int bestEnd = -1;
        for (Map.Entry<String, Pattern> e : CUES) {
            Matcher m = e.getValue().matcher(before);
            while (m.find()) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = e.getKey();
                }
            }
        }
        if (bestEnd < 0) {
            return;
        }
        f.put("cue." + best, 1.0);
        if (best.equals("than")) {
            Matcher comparative = COMPARATIVE.matcher(before.substring(Math.max(0, bestEnd - 80), bestEnd));
            String kind = "other";
            while (comparative.find()) {
                kind = comparative.group(1) != null ? "gain" : comparative.group(2) != null ? "cost" : "more";
            }
            f.put("cue.than." + kind, 1.0);
        }
    }

    /**
     * Names inside the object as written in the sentence: {@code obj.mention.inside} a model, method or dataset
     * mention lies within a longer object ("the conventional AODE classifier"), {@code obj.mention.last} the object
     * ends with such a mention after other words ("a custom Mask R-CNN"): the guide's shortest faithful phrase would
     * often be the bare name.
     */
    private static void objectMentions(Document d, Claim c, int s, String text, Map<String, Double> f) {
        int at = ClaimFinder.wordIndex(text, c.object());
        if (at < 0 || s < 0) {
            return;
        }
        int end = at + c.object().length();
        for (Mention m : d.get(Layers.ENTITIES)) {
            if (m.sentence() != s || m.start() < at || m.end() > end || m.end() - m.start() == end - at) {
                continue;
            }
            if (m.type() == EntityType.MODEL || m.type() == EntityType.METHOD || m.type() == EntityType.DATASET) {
                f.put("obj.mention.inside", 1.0);
                if (m.end() == end) {
                    f.put("obj.mention.last", 1.0);
                }
            }
        }
    }

    /**
     * Sentence: {@code sent.pos} its place among the abstract's sentences (0 first, 1 last), {@code sent.early} in the
     * first third (where abstracts tell related work), {@code sent.last} the closing sentence (where they state
     * results); cue words {@code sent.we} ("we", "our"), {@code sent.result} ("experiments", "results", "show"),
     * {@code sent.hedge} ("can", "may"), {@code sent.negation} ("not", "fails"), {@code sent.number} (any digit).
     */
    private static void sentence(Document d, int s, String text, Map<String, Double> f) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Sentence x : d.get(Layers.SENTENCES)) {
            if (!x.isTitle()) {
                first = Math.min(first, x.index());
                last = Math.max(last, x.index());
            }
        }
        if (s >= 0 && last > first) {
            double pos = (s - first) / (double) (last - first);
            f.put("sent.pos", pos);
            if (pos < 1.0 / 3) {
                f.put("sent.early", 1.0);
            }
            if (s == last) {
                f.put("sent.last", 1.0);
            }
        }
        flag(WE, text, "sent.we", f);
        flag(RESULT, text, "sent.result", f);
        flag(HEDGE, text, "sent.hedge", f);
        flag(NEGATION, text, "sent.negation", f);
        flag(NUMBER, text, "sent.number", f);
    }

    /** Evidence attached to the claim: {@code ev.datasets}, {@code ev.metric}, {@code ev.magnitude}. */
    private static void evidence(Claim c, Map<String, Double> f) {
        if (!c.datasets().isEmpty()) {
            f.put("ev.datasets", 1.0);
        }
        if (c.metric().isPresent()) {
            f.put("ev.metric", 1.0);
        }
        if (c.magnitude().isPresent()) {
            f.put("ev.magnitude", 1.0);
        }
    }

    private static void flag(Pattern p, String text, String name, Map<String, Double> f) {
        if (p.matcher(text).find()) {
            f.put(name, 1.0);
        }
    }

    /** The index of the abstract sentence the claim comes from, or -1 when its offsets match none. */
    private static int sentenceIndex(Document d, Claim c) {
        for (Sentence s : d.get(Layers.SENTENCES)) {
            if (!s.isTitle() && s.start() == c.sentenceStart()) {
                return s.index();
            }
        }
        return -1;
    }

    /** Where the object is written in the sentence: the whole object, else its first word; -1 when neither is. */
    private static int objectAt(String text, String object) {
        int at = ClaimFinder.wordIndex(text, object);
        if (at >= 0) {
            return at;
        }
        String firstWord = object.split("\\s+")[0];
        return firstWord.isEmpty() ? -1 : ClaimFinder.wordIndex(text, firstWord);
    }

    /**
     * What follows the object in the sentence: "end" (punctuation or the sentence end), "prep" (a preposition or
     * conjunction that closes the phrase: "by", "on", "and"), "measure" (a measure noun, so the object lost its head:
     * "state-of-the-art [results]"), "modifier" (a post-modifier the object left out: "with", "that", "like"), else
     * "word".
     */
    private static String following(String text, int at, String object) {
        int end = text.startsWith(object, at) ? at + object.length() : at;
        Matcher m = NEXT_WORD.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return "end";
        }
        String next = m.group(1).toLowerCase(Locale.ROOT);
        if (CLOSING.contains(next)) {
            return "prep";
        }
        if (MEASURE_HEADS.contains(next) || METRIC_NOUNS.contains(next)) {
            return "measure";
        }
        return POST_MODIFIERS.contains(next) ? "modifier" : "word";
    }

    private static boolean isProposedName(Document d, String key) {
        Referent r = d.get(Layers.REFERENT);
        for (String s : r.surfaces()) {
            if (Keys.of(s).equals(key)) {
                return true;
            }
        }
        for (String s : r.group()) {
            if (Keys.of(s).equals(key)) {
                return true;
            }
        }
        return !Claim.PROPOSED.equals(r.name()) && Keys.of(r.name()).equals(key);
    }

    /** The head word of a phrase, lower-cased: its last word, or the last one before "of" ("the number of experts"). */
    private static String head(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        int of = lower.indexOf(" of ");
        String[] parts = (of > 0 ? lower.substring(0, of) : lower).strip().split("\\s+");
        return parts[parts.length - 1];
    }

    private static int words(String phrase) {
        String t = phrase.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
