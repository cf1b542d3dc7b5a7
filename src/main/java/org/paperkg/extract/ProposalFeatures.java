package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;

/**
 * The features of one proposed name that the learned proposal filter scores: where the name stands in the title,
 * which cue introduces it in the abstract, whether it is half of an abbreviation pair, how often it is mentioned, its
 * word shape, its type, whether it is known work, and what the claims and the referent make of it.
 *
 * <p>Every feature describes shape, context or evidence, never the name itself: the only words read are closed cue
 * lists defined here or in {@link Lexicon}. Binary features have the value 1.0; counts are scaled to [0, ~2.5];
 * "rules.emitted" (the rules proposed the name, as against a tentative {@link ProposalCandidates} name) has 3.0.
 *
 * <pre>{@code
 * Document d = RuleExtractor.pipeline(Gazetteer.bundled()).run(title, abstractText);
 * Map<String, Double> x = new ProposalFeatures().features(d, d.get(Layers.PROPOSED).get(0));
 * }</pre>
 */
public final class ProposalFeatures implements Featurizer<Proposal> {

    /**
     * The value of "rules.emitted", which tells the rules' proposals from the tentative candidates of
     * {@link ProposalCandidates}: 3 rather than 1, so that the L2-regularised model can keep the rules' items at a
     * small weight cost while it learns which candidates to accept (on dev-a..e the value 1 made the model drop right
     * rule items to reject candidates: nested CV F1 .868 against .888).
     */
    private static final double RULES_EMITTED = 3.0;
    /** Marks that set off a coined term: quotes, TeX quotes, Markdown emphasis. */
    private static final String QUOTE_MARKS = "\"'`*_\u201c\u201d\u2018\u2019";
    /**
     * Classes of the word right before a mention, each a feature "ctx.prev=CLASS": a proposing verb, a naming verb,
     * a determiner, a possessive or "proposed", a novelty adjective, a preposition, a coordinator.
     */
    private static final Map<String, String> PREV_CLASSES = classes(
            "verb", "propose proposes introduce introduces present presents release releases develop design",
            "naming", "called named dubbed termed namely as",
            "determiner", "the a an this",
            "own", "our proposed",
            "novel", "novel new",
            "preposition", "of on with using via for by to from in than over",
            "and", "and or");
    /**
     * Classes of the word or mark right after a mention, each a feature "ctx.next=CLASS": an artifact noun, a
     * bracket, a comma, the sentence end, a verb, a relative pronoun, a preposition, a coordinator.
     */
    private static final Map<String, String> NEXT_CLASSES = classes(
            "artifact", "framework model models method dataset benchmark network algorithm module loss architecture"
                    + " approach",
            "(", "(",
            ",", ",",
            ".", ". ; :",
            "verb", "is are achieves outperforms can uses consists enables learns",
            "relative", "which that",
            "preposition", "on for to with in of",
            "and", "and or");
    /** A proposing clause anywhere before the mention in its sentence. */
    private static final Pattern PROPOSE_BEFORE = Pattern.compile("(?i)\\b(?:we|this (?:paper|work|study|article))\\b"
            + "[^.;]*?\\b(?:propos|introduc|present|releas|develop|design|build|built|construct|creat|contribut|curat"
            + "|collect|devis|offer|unveil|formulat)\\w*\\b");
    /** A proposing verb among the last few words before the mention: "we propose a novel X". */
    private static final Pattern PROPOSE_NEAR = Pattern.compile("(?i)\\b(?:propos|introduc|present|releas|develop"
            + "|design|build|built|construct|creat|contribut|curat|collect|devis|offer|unveil)\\w*"
            + "(?:\\s+[^\\s]+){0,6}\\s*$");
    /** A naming cue right before the mention: "called X", "dubbed 'X'", "which we call X". */
    private static final Pattern NAMING = Pattern.compile("(?i)\\b(?:called|dubbed|termed|named|coined|denoted"
            + "|call|term|name|dub|namely|i\\.e\\.,?)\\s+(?:as\\s+)?[\"'`\u201c*_]*\\s*$");
    /** "our (new) X", "the proposed X", "our method, X". */
    private static final Pattern OUR = Pattern.compile(
            "(?i)\\b(?:our|the proposed|the resulting)(?:\\s+[\\w-]+){0,2},?\\s*$");
    /** An appositive after the mention: "X, a novel ...", "X is a new ...", "X (ABBR), an efficient ...". */
    private static final Pattern APPOSITIVE = Pattern.compile("\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:,\\s*|\\s+is\\s+)"
            + "(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:novel|new|first|simple|general|unified|efficient|effective"
            + "|scalable|lightweight|open-source|large-scale|comprehensive|framework|method|model|dataset|benchmark"
            + "|approach|algorithm)\\b");
    /** "X is proposed" or "X (ABBR) is introduced". */
    private static final Pattern PASSIVE = Pattern.compile("\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:is|are)\\s+(?:\\w+ly\\s+)?"
            + "(?:proposed|introduced|presented|developed|designed)\\b");
    /** A sentence that proposes something, wherever the name stands in it. */
    private static final Pattern PROPOSING_SENTENCE = Pattern.compile("(?i)\\b(?:(?:we|this paper|this work)\\s+"
            + "(?:\\w+ly\\s+)?(?:propose|introduce|present|develop|design|release)|(?:is|are)\\s+(?:\\w+ly\\s+)?"
            + "(?:proposed|introduced))\\b");
    /** Words of a sentence about other work: comparisons, baselines, earlier methods. */
    private static final Pattern RIVAL = Pattern.compile("(?i)\\b(?:than|outperform\\w*|surpass\\w*|compar\\w*"
            + "|baselines?|existing|prior|previous|unlike|state-of-the-art|popular|widely|conventional|traditional"
            + "|recent(?:ly)?)\\b");
    /** A mention that stands as the object of a comparison: "than X", "outperforms X", "over X". */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:than|over|outperform\\w*|surpass\\w*|beat\\w*|against|vs\\.?|versus|unlike)\\s+(?:the\\s+)?$");
    /** Last words of a phrase that names a result, a property or a study rather than an artifact. */
    private static final Set<String> NOT_ARTIFACT_HEADS = Lexicon.words("bound", "bounds", "guarantee", "guarantees",
            "analysis", "study", "perspective", "view", "complexity", "limits", "theory", "dynamics", "insights",
            "survey", "evaluation", "problem", "problems", "setting", "settings", "regime", "phenomenon", "effect");
    /** A title's connectors that put the following capitalised phrase in the tail: "... via Agentic Supernet". */
    private static final Set<String> TAIL_CONNECTORS = Lexicon.words("via", "with", "using", "through", "by");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}()\\-,.]+");

    /** The features of one proposal; the document must carry the rule pipeline's layers up to the proposals. */
    @Override
    public Map<String, Double> features(Document document, Proposal item) {
        Map<String, Double> f = new LinkedHashMap<>();
        String name = item.name();
        String key = Keys.of(name);
        f.put("type=" + item.type().name().toLowerCase(Locale.ROOT), 1.0);
        shape(name, f);
        heads(name, f);
        title(document, name, key, f);
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        int count = 0;
        boolean firstSeen = false;
        for (Sentence s : sentences) {
            if (s.isTitle()) {
                continue;
            }
            for (int at : occurrences(s.text(), name)) {
                count++;
                cues(s, at, name.length(), f);
                if (!firstSeen) {
                    firstSeen = true;
                    firstMention(s, at, name.length(), f);
                    ownNameBeside(document, s, key, f);
                }
            }
        }
        f.put("count.abstract", Math.log1p(count));
        pairs(document, name, key, f);
        if (document.has(Layers.PROPOSED)
                && document.get(Layers.PROPOSED).stream().anyMatch(p -> Keys.of(p.name()).equals(key))) {
            f.put("rules.emitted", RULES_EMITTED);
        }
        evidence(document, key, f);
        return f;
    }

    /**
     * Word shape: number of words, all capitals, inner capitals (camel case), digits, hyphens, a lower-case start,
     * every word capitalised, TeX or emphasis marks, a gerund first word.
     */
    private static void shape(String name, Map<String, Double> f) {
        String[] words = name.strip().split("\\s+");
        f.put("shape.words=" + Math.min(words.length, 4), 1.0);
        boolean letters = name.chars().anyMatch(Character::isLetter);
        if (letters && name.equals(name.toUpperCase(Locale.ROOT))) {
            f.put("shape.allcaps", 1.0);
        }
        for (String w : words) {
            if (w.length() > 1 && w.substring(1).chars().anyMatch(Character::isUpperCase)
                    && w.chars().anyMatch(Character::isLowerCase)) {
                f.put("shape.camel", 1.0);
            }
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            f.put("shape.digit", 1.0);
        }
        if (name.indexOf('-') > 0) {
            f.put("shape.hyphen", 1.0);
        }
        if (Character.isLowerCase(name.codePointAt(0))) {
            f.put("shape.lower", 1.0);
        }
        if (words.length > 1 && capitalisedWords(words)) {
            f.put("shape.capwords", 1.0);
        }
        if (name.matches(".*[$*\\\\{}_^].*")) {
            f.put("shape.markup", 1.0);
        }
        if (words[0].toLowerCase(Locale.ROOT).endsWith("ing") && words.length > 1) {
            f.put("shape.gerund", 1.0);
        }
    }

    /** The last word's class from closed lists: method, model, dataset, task, metric or result noun; an eponym. */
    private static void heads(String name, Map<String, Double> f) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length > 1 || Character.isLowerCase(name.codePointAt(0))) {
            if (Lexicon.METHOD_HEADS.contains(last)) {
                f.put("head.method", 1.0);
            } else if (Lexicon.MODEL_HEADS.contains(last)) {
                f.put("head.model", 1.0);
            } else if (Lexicon.DATASET_HEADS.contains(last)) {
                f.put("head.dataset", 1.0);
            } else if (Lexicon.TASK_HEADS.contains(last)) {
                f.put("head.task", 1.0);
            } else if (Lexicon.METRIC_HEADS.contains(last)) {
                f.put("head.metric", 1.0);
            } else if (NOT_ARTIFACT_HEADS.contains(last) || Lexicon.MATH_NOUNS.contains(last)) {
                f.put("head.result", 1.0);
            }
        }
        if (Lexicon.FAMILIES.contains(words[words.length - 1]) || Lexicon.EPONYMS.contains(words[0])) {
            f.put("head.family", 1.0);
        } else if (words.length > 1 && Arrays.stream(words).anyMatch(Lexicon.FAMILIES::contains)) {
            f.put("word.family", 1.0);
        }
        if (words.length > 1 && last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            f.put("shape.plural", 1.0);
        }
    }

    /**
     * Title structure: the name is the prefix before the colon, the title's long form after the colon (its initials
     * cover the prefix), elsewhere after the colon, the title's head before a connector, a phrase after "via/with/
     * using", or anywhere in the title; or the title does not hold it at all.
     */
    private static void title(Document d, String name, String key, Map<String, Double> f) {
        String title = d.title().strip();
        int colon = title.indexOf(':');
        String prefix = colon > 0 ? title.substring(0, colon).strip().replaceFirst("^(?:The|A|An) ", "")
                .replaceFirst("\\s+\\([^()]{1,15}\\)$", "") : "";
        int at = title.indexOf(name);
        if (at < 0) {
            at = title.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
        }
        if (at < 0) {
            f.put(Keys.of(title).contains(key) ? "title.in" : "title.absent", 1.0);
            return;
        }
        f.put("title.in", 1.0);
        if (!prefix.isEmpty() && Keys.of(prefix).equals(key)) {
            f.put("title.prefix", 1.0);
            return;
        }
        if (colon > 0 && at > colon) {
            f.put("title.subtitle", 1.0);
            String between = title.substring(colon + 1, at).strip().toLowerCase(Locale.ROOT);
            if (between.isEmpty() || between.matches("(?:an?|the)")) {
                f.put("title.subtitle.start", 1.0);
            }
            if (prefix.indexOf(' ') < 0 && AbbreviationFinder.initialsCover(name, prefix)) {
                f.put("title.longform", 1.0);
            }
        } else if (colon > 0) {
            f.put("title.inprefix", 1.0);
        }
        String before = title.substring(0, at).strip();
        String prevWord = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (at == 0 && colon < 0) {
            f.put("title.head", 1.0);
        }
        if (TAIL_CONNECTORS.contains(prevWord)) {
            f.put("title.tail", 1.0);
        }
    }

    /**
     * Cues around every abstract mention: a proposing verb, a naming verb, "our", an appositive, a passive, the
     * object of a comparison, quotes or emphasis around the name.
     */
    private static void cues(Sentence s, int at, int length, Map<String, Double> f) {
        String text = s.text();
        String before = text.substring(0, at);
        String window = before.substring(Math.max(0, before.length() - 80));
        if (PROPOSE_BEFORE.matcher(before).find() && !RIVAL.matcher(window).find()) {
            f.put("cue.propose", 1.0);
        }
        if (PROPOSE_NEAR.matcher(window).find()) {
            f.put("cue.propose.near", 1.0);
        }
        if (NAMING.matcher(window).find()) {
            f.put("cue.naming", 1.0);
        }
        if (OUR.matcher(window).find()) {
            f.put("cue.our", 1.0);
        }
        Matcher after = APPOSITIVE.matcher(text).region(at + length, text.length());
        if (after.lookingAt()) {
            f.put("cue.appositive", 1.0);
        }
        if (PASSIVE.matcher(text).region(at + length, text.length()).lookingAt()) {
            f.put("cue.passive", 1.0);
        }
        if (OBJECT_BEFORE.matcher(window).find()) {
            f.put("ctx.object", 1.0);
        }
        if (at > 0 && at + length < text.length() && QUOTE_MARKS.indexOf(text.charAt(at - 1)) >= 0
                && QUOTE_MARKS.indexOf(text.charAt(at + length)) >= 0) {
            f.put("mark.quoted", 1.0);
        }
    }

    /**
     * Context of the first abstract mention: its sentence's position, whether it opens the sentence, whether the
     * sentence speaks of rival or earlier work, and the closed-list words right before and after it.
     */
    private static void firstMention(Sentence s, int at, int length, Map<String, Double> f) {
        f.put("pos.sentence", Math.min(s.index() - 1, 6) / 3.0);
        if (s.index() <= 2) {
            f.put("pos.early", 1.0);
        }
        if (at == 0) {
            f.put("pos.opens", 1.0);
        }
        String text = s.text();
        if (RIVAL.matcher(text).find()) {
            f.put("ctx.rival", 1.0);
        }
        if (PROPOSING_SENTENCE.matcher(text).find()) {
            f.put("ctx.proposing", 1.0);
        }
        String[] prev = NON_WORD.matcher(text.substring(0, at).toLowerCase(Locale.ROOT)).replaceAll(" ").strip()
                .split("\\s+");
        String p = prev.length == 0 ? "" : prev[prev.length - 1];
        if (PREV_CLASSES.containsKey(p)) {
            f.put("ctx.prev=" + PREV_CLASSES.get(p), 1.0);
        }
        int from = at + length;
        while (from < text.length() && QUOTE_MARKS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        String rest = text.substring(from).strip().toLowerCase(Locale.ROOT);
        String[] next = rest.split("[^\\p{L}\\p{N}-]+");
        String n = rest.isEmpty() ? "." : !Character.isLetterOrDigit(rest.charAt(0))
                ? rest.substring(0, 1) : next.length == 0 ? "" : next[0];
        if (NEXT_CLASSES.containsKey(n)) {
            f.put("ctx.next=" + NEXT_CLASSES.get(n), 1.0);
        }
    }

    /** Whether the sentence of the first mention also names another of the paper's proposals. */
    private static void ownNameBeside(Document d, Sentence s, String key, Map<String, Double> f) {
        if (!d.has(Layers.PROPOSED)) {
            return;
        }
        for (Proposal p : d.get(Layers.PROPOSED)) {
            String k = Keys.of(p.name());
            if (!k.equals(key) && !key.contains(k) && !k.contains(key) && !occurrences(s.text(), p.name()).isEmpty()) {
                f.put("ctx.ownname", 1.0);
                return;
            }
        }
    }

    /**
     * Abbreviation pairs: the name is a pair's short or long form, its partner is proposed too, the name is part of
     * or contains another proposal, and how many proposals the paper has.
     */
    private static void pairs(Document d, String name, String key, Map<String, Double> f) {
        List<Proposal> proposals = d.has(Layers.PROPOSED) ? d.get(Layers.PROPOSED) : List.of();
        List<String> others = new ArrayList<>();
        for (Proposal p : proposals) {
            String k = Keys.of(p.name());
            if (!k.equals(key)) {
                others.add(k);
            }
        }
        f.put("count.proposals", Math.min(others.size() + 1, 6) / 3.0);
        if (!proposals.isEmpty() && Keys.of(proposals.get(0).name()).equals(key)) {
            f.put("rank.first", 1.0);
        }
        for (Abbreviation a : d.get(Layers.ABBREVIATIONS)) {
            String partner = Keys.of(a.shortForm()).equals(key) ? a.longForm()
                    : Keys.of(a.longForm()).equals(key) ? a.shortForm() : "";
            if (partner.isEmpty()) {
                continue;
            }
            f.put(partner.equals(a.longForm()) ? "abbr.short" : "abbr.long", 1.0);
            if (partner.equals(a.shortForm()) && a.capitalized()) {
                f.put("abbr.long.capitalised", 1.0);
            }
            if (others.contains(Keys.of(partner))) {
                f.put("abbr.partner.proposed", 1.0);
            }
        }
        if (name.indexOf(' ') > 0) {
            for (Proposal p : proposals) {
                if (!Keys.of(p.name()).equals(key) && p.name().indexOf(' ') < 0
                        && AbbreviationFinder.initialsCover(name, p.name())) {
                    f.put("abbr.spells.proposed", 1.0);
                }
            }
        }
        for (String o : others) {
            if (o.length() > key.length() && o.contains(key)) {
                f.put("nest.inside", 1.0);
            } else if (key.length() > o.length() && o.length() >= 3 && key.contains(o)) {
                f.put("nest.contains", 1.0);
            }
        }
    }

    /**
     * Outside evidence: a gazetteer name, a mention the typer calls a task, a claim's subject or object, the
     * referent that "our method" stands for.
     */
    private static void evidence(Document d, String key, Map<String, Double> f) {
        for (GazetteerMatch g : d.get(Layers.GAZETTEER)) {
            if (Keys.of(g.surface()).equals(key)) {
                f.put("gaz.hit", 1.0);
                break;
            }
        }
        boolean seen = false;
        for (Mention m : d.get(Layers.ENTITIES)) {
            if (Keys.of(m.surface()).equals(key)) {
                seen = true;
                if (m.type() == EntityType.TASK) {
                    f.put("ent.task", 1.0);
                }
            }
        }
        if (!seen) {
            f.put("ent.none", 1.0);
        }
        if (d.has(Layers.CLAIMS)) {
            for (Claim c : d.get(Layers.CLAIMS)) {
                if (Keys.of(c.subject()).equals(key)) {
                    f.put("claim.subject", 1.0);
                }
                if (Keys.of(c.object()).equals(key)) {
                    f.put("claim.object", 1.0);
                }
            }
        }
        if (d.has(Layers.REFERENT)) {
            Referent r = d.get(Layers.REFERENT);
            if (Keys.of(r.name()).equals(key)) {
                f.put("ref.main", 1.0);
            } else if (r.group().stream().anyMatch(g -> Keys.of(g).equals(key))) {
                f.put("ref.group", 1.0);
            }
        }
    }

    /** Offsets of the name in a sentence where it stands as whole words, in any case. */
    private static List<Integer> occurrences(String text, String name) {
        List<Integer> out = new ArrayList<>();
        int n = name.length();
        for (int at = 0; n > 0 && at + n <= text.length(); at++) {
            if (text.regionMatches(true, at, name, 0, n)
                    && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (at + n == text.length() || !Character.isLetterOrDigit(text.charAt(at + n)))) {
                out.add(at);
            }
        }
        return out;
    }

    /** A map from each word of a space-separated list to its class, from pairs of class and list. */
    private static Map<String, String> classes(String... classAndWords) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < classAndWords.length; i += 2) {
            for (String w : classAndWords[i + 1].split(" ")) {
                out.putIfAbsent(w, classAndWords[i]);
            }
        }
        return Map.copyOf(out);
    }

    private static boolean capitalisedWords(String[] words) {
        for (String w : words) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
                    && !Lexicon.VAGUE.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
