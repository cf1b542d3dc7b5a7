package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.model.EntityType;

/**
 * Tentative proposed names that the rules do not emit, for the learned proposal filter to accept or reject.
 *
 * <p>The rules ({@link ProposedFinder}) emit a name only on strong evidence, which keeps their precision and costs
 * recall. This generator lists the weaker candidates the rules pass over, each of which the annotators take as a
 * proposal in some papers: the title's descriptor after its colon ("MarDini: Masked Auto-regressive Diffusion for
 * Video Generation"), extended through "via/with/of" when only the longer phrase spells the prefix ("CSC-PA:
 * Cross-image Semantic Correlation via Prototype Attentions"); a capitalised title head before a connector and a
 * capitalised title tail after "via/with/using/through" ("Multi-agent Architecture Search via Agentic Supernet"),
 * none of them opening with a gerund or ending in a task or result noun; and both halves of abbreviation pairs defined
 * in a sentence that proposes ("we propose ...", "our ...", "the proposed ...", "... is proposed") or names one of the
 * rules' proposals. Names the rules already proposed, gazetteer names and family names are left out. The filter has
 * the last word: none of these is output unless a trained proposals model accepts it.
 *
 * <pre>{@code
 * Document d = RuleExtractor.pipeline(Gazetteer.bundled()).run(title, abstractText);
 * List<Proposal> extra = new ProposalCandidates().candidates(d);
 * }</pre>
 */
public final class ProposalCandidates {
    /** Lower-case words that end a capitalised run in a title. */
    private static final Set<String> CONNECTORS = Lexicon.words("for", "with", "via", "using", "through", "in", "on",
            "of", "and", "or", "to", "from", "by", "towards", "toward", "under", "based", "a", "an", "the", "is", "are",
            "as", "at", "into", "beyond", "without", "vs", "versus", "meets", "&");
    /** Connectors after which a subtitle descriptor may go on when only the longer phrase spells the prefix. */
    private static final Set<String> EXTENDERS = Lexicon.words("via", "with", "of", "for", "and");
    /** Connectors before a title's tail name. */
    private static final Set<String> TAIL_CONNECTORS = Lexicon.words("via", "with", "using", "through");
    /** Connectors after a title's head name. */
    private static final Set<String> HEAD_CONNECTORS = Lexicon.words("for", "with", "via", "using", "through", "in",
            "on", "based", "towards", "toward");
    /** Last words of a title phrase that name a result, a study or a setting rather than an artifact. */
    private static final Set<String> NOT_ARTIFACTS = Lexicon.words("bound", "bounds", "guarantee", "guarantees",
            "analysis", "study", "perspective", "view", "complexity", "limits", "theory", "dynamics", "insights",
            "survey", "evaluation", "problem", "problems", "setting", "settings", "performance", "feedback",
            "constraints", "images", "data");
    /** A sentence that speaks of the paper's own work. */
    private static final Pattern OWN_WORK = Pattern.compile("(?i)\\b(?:we|this (?:paper|work))\\s+(?:\\w+ly\\s+)?"
            + "(?:propose|introduce|present|develop|design|devise)|\\b(?:our|the proposed)\\b"
            + "|\\b(?:is|are) (?:\\w+ly )?(?:proposed|introduced)\\b");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,;:.!?]+$");
    /**
     * The capitalised descriptor after a title's colon (an article skipped), ended by a connector; through "via",
     * "with", "of", "for" or "and" when only the longer phrase spells a name.
     */
    private static final SubtitleSpelling DESCRIPTORS = SubtitleSpelling.builder().skipArticle().stops(CONNECTORS)
            .extenders(EXTENDERS).words(2, Integer.MAX_VALUE).build();

    /** The tentative candidates of a document the rule pipeline has annotated, none of them already proposed. */
    public List<Proposal> candidates(Document d) {
        Set<String> proposed = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Proposal p : d.get(Layers.PROPOSED)) {
            proposed.add(Keys.of(p.name()));
            names.add(p.name());
        }
        Set<String> blocked = new HashSet<>(proposed);
        for (GazetteerMatch g : d.get(Layers.GAZETTEER)) {
            blocked.add(Keys.of(g.surface()));
        }
        Map<String, Proposal> out = new LinkedHashMap<>();
        title(d.title().strip(), names, blocked, out);
        pairs(d, proposed, blocked, out);
        return List.copyOf(out.values());
    }

    /**
     * The descriptor after the colon (through "via/with/of" when only the longer phrase spells the prefix or another
     * proposed name), a capitalised head before a connector, a capitalised tail after "via".
     */
    private static void title(String title, List<String> names, Set<String> blocked, Map<String, Proposal> out) {
        int colon = title.indexOf(':');
        if (colon > 0) {
            List<String> spelled = new ArrayList<>(names);
            spelled.add(title.substring(0, colon).strip());
            String subtitle = title.substring(colon + 1);
            String head = DESCRIPTORS.head(subtitle);
            add(head, blocked, out);
            if (!spellsAny(head, spelled)) {
                for (String n : spelled) {
                    if (n.indexOf(' ') < 0) {
                        DESCRIPTORS.match(subtitle, n).ifPresent(longer -> add(longer, blocked, out));
                    }
                }
            }
        }
        String[] segments = colon > 0 ? new String[] {title.substring(0, colon), title.substring(colon + 1)}
                : new String[] {title};
        for (String segment : segments) {
            String[] w = segment.strip().split("\\s+");
            int head = DESCRIPTORS.end(w, 0);
            if (head < w.length && HEAD_CONNECTORS.contains(w[head].toLowerCase(Locale.ROOT))) {
                add(phrase(w, 0, head), blocked, out);
            }
            for (int i = 0; i + 1 < w.length; i++) {
                if (TAIL_CONNECTORS.contains(w[i].toLowerCase(Locale.ROOT))) {
                    add(phrase(w, i + 1, DESCRIPTORS.end(w, i + 1)), blocked, out);
                }
            }
        }
    }

    /** Whether a phrase of several words spells one of the one-word names by its initials. */
    private static boolean spellsAny(String phrase, List<String> names) {
        if (phrase.indexOf(' ') < 0) {
            return false;
        }
        for (String n : names) {
            if (n.indexOf(' ') < 0 && DESCRIPTORS.spells(phrase, n)) {
                return true;
            }
        }
        return false;
    }

    /** Both halves of abbreviation pairs in sentences about the paper's own work. */
    private static void pairs(Document d, Set<String> proposed, Set<String> blocked, Map<String, Proposal> out) {
        List<Sentence> sentences = d.get(Layers.SENTENCES);
        for (Abbreviation a : d.get(Layers.ABBREVIATIONS)) {
            Sentence s = sentences.get(a.sentence());
            if (s.isTitle() || !OWN_WORK.matcher(s.text()).find() && !namesAny(s.text(), proposed)
                    || !Lexicon.shaped(a.shortForm())
                    || Lexicon.FAMILIES.contains(a.shortForm()) || Lexicon.NOT_NAMES.contains(a.shortForm())
                    || blocked.contains(Keys.of(a.shortForm())) || blocked.contains(Keys.of(a.longForm()))) {
                continue;
            }
            put(a.longForm(), out);
            put(a.shortForm(), out);
        }
    }

    /** Whether a sentence names one of the paper's proposals (by key, at least three letters long). */
    private static boolean namesAny(String text, Set<String> proposed) {
        String k = Keys.of(text);
        for (String p : proposed) {
            if (p.length() >= 3 && k.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(String[] w, int start, int end) {
        return TRAILING_MARKS.matcher(String.join(" ", Arrays.copyOfRange(w, start, end))).replaceAll("");
    }

    private static void add(String name, Set<String> blocked, Map<String, Proposal> out) {
        String[] words = name.isEmpty() ? new String[0] : name.split(" ");
        if (words.length < 2 || words.length > 8) {
            return;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (!blocked.contains(Keys.of(name)) && !Lexicon.NOT_NAME_PHRASES.contains(Keys.of(name))
                && !first.endsWith("ing") && !Lexicon.TASK_HEADS.contains(last) && !NOT_ARTIFACTS.contains(last)) {
            put(name, out);
        }
    }

    private static void put(String name, Map<String, Proposal> out) {
        String k = Keys.of(name);
        if (!k.isEmpty()) {
            out.putIfAbsent(k, new Proposal(name, EntityType.METHOD));
        }
    }
}
