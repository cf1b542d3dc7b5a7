package org.paperkg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.model.Alias;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;

/**
 * The rule-based {@link Extractor}: a {@link Pipeline} of small stages over one title and abstract.
 *
 * <p>Stages, in order: {@link SentenceSplitter}, {@link Tokenizer}, {@link CodeLinkFinder},
 * {@link AbbreviationFinder}, {@link GazetteerTagger}, {@link CandidateFinder}, {@link EntityTyper},
 * {@link TermFinder},
 * {@link ProposedFinder}, {@link ReferentResolver}, {@link ClaimFinder}. Learned {@link Classifiers} then decide which
 * model, method and dataset names, proposed names and claims to keep ({@link Classifiers#none()} keeps all); a trained
 * claims model's probability becomes the confidence of each claim it keeps. The
 * extractor is immutable and thread-safe; build it once and share it.
 *
 * <pre>{@code
 * Extractor x = RuleExtractor.withDefaults();
 * Extraction e = x.extract("p1", "Lion: ...", "We show that Lion outperforms Adam on ImageNet.");
 * }</pre>
 */
public final class RuleExtractor implements Extractor {
    /**
     * Name and version of this extractor, recorded as provenance of everything it extracts. It changes whenever the
     * rules change, since a build reads an unchanged input file again only when the version that read it differs.
     */
    public static final String VERSION = "rules-8";
    /**
     * Longest abstract prefix that is analysed, in characters. Real abstracts are far shorter (p99 about 2,000);
     * the cap keeps a malformed multi-megabyte record from stalling a worker. Offsets stay valid for the prefix.
     */
    public static final int MAX_ABSTRACT_CHARS = 50_000;

    private static final Pattern SCORE_SUFFIX = Pattern.compile("(?i)[- ]?scores?");

    private final Pipeline pipeline;
    private final Classifiers classifiers;
    private final ProposalCandidates tentative = new ProposalCandidates();

    /** An extractor over the given gazetteer whose output the given classifiers filter. */
    public RuleExtractor(Gazetteer gazetteer, Classifiers classifiers) {
        this(pipeline(gazetteer), classifiers);
    }

    private RuleExtractor(Pipeline pipeline, Classifiers classifiers) {
        this.pipeline = pipeline;
        this.classifiers = Objects.requireNonNull(classifiers, "classifiers");
    }

    /** An extractor with the same rules and other classifiers. */
    public RuleExtractor withClassifiers(Classifiers other) {
        return new RuleExtractor(pipeline, other);
    }

    /** An extractor over the given gazetteer that keeps everything its rules find. */
    public static RuleExtractor rulesOnly(Gazetteer gazetteer) {
        return new RuleExtractor(gazetteer, Classifiers.none());
    }

    /** An extractor over the gazetteer bundled in {@code data/gazetteer/} and the bundled classifiers. */
    public static RuleExtractor withDefaults() {
        return new RuleExtractor(Gazetteer.bundled(), Classifiers.bundled(new EntityFeatures(), new ProposalFeatures(),
                new ClaimFeatures()));
    }

    /**
     * The version recorded as provenance of what this extractor finds: {@link #VERSION}, followed by the
     * {@linkplain Classifiers#fingerprint() fingerprint} of its trained models when it has any ("rules-8+1a2b3c4d").
     */
    public String version() {
        return VERSION + classifiers.fingerprint();
    }

    /** The classifiers that filter this extractor's output. */
    public Classifiers classifiers() {
        return classifiers;
    }

    /** The stage pipeline the extractor runs, validated. */
    public static Pipeline pipeline(Gazetteer gazetteer) {
        return Pipeline.builder()
                .add(new SentenceSplitter())
                .add(new Tokenizer())
                .add(new CodeLinkFinder())
                .add(new AbbreviationFinder())
                .add(new GazetteerTagger(gazetteer))
                .add(new CandidateFinder(gazetteer))
                .add(new EntityTyper(gazetteer))
                .add(new TermFinder())
                .add(new ProposedFinder(gazetteer))
                .add(new ReferentResolver())
                .add(new ClaimFinder())
                .build();
    }

    /** The pipeline this extractor runs. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * "success rate" in "attack success rate": part of a longer metric name at the same place. A name followed only
     * by "score" ("BLEU" in "BLEU score") stays, as annotators write either form.
     */
    private static boolean insideLongerMetric(Mention m, List<Mention> metrics) {
        for (Mention o : metrics) {
            if (o.sentence() == m.sentence() && o.start() <= m.start() && m.end() <= o.end()
                    && o.end() - o.start() > m.end() - m.start()
                    && !SCORE_SUFFIX.matcher(o.surface().substring(Math.min(o.surface().length(),
                            m.end() - o.start()))).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProposed(String key, Document d) {
        for (Proposal p : d.get(Layers.PROPOSED)) {
            if (Keys.of(p.name()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a short form the task type of its long form and the reverse: "Open-Domain Question Answering (ODQA)" and
     * "Unsupervised domain adaptation (DA)" name tasks, so ODQA and DA are tasks too (corpus ids 2021.acl-short.57,
     * kundu2021iccv-generalize), even where "ODQA model" made the short form look like a model. A proposed name keeps
     * its type.
     */
    private static void alignPairsWithTasks(Document d, Map<String, EntityType> typeOf) {
        Set<String> tasks = new HashSet<>();
        for (List<Mention> layer : List.of(d.get(Layers.ENTITIES), d.get(Layers.TERMS))) {
            for (Mention m : layer) {
                if (m.type() == EntityType.TASK) {
                    tasks.add(Keys.of(m.surface()));
                }
            }
        }
        for (Abbreviation a : d.get(Layers.ABBREVIATIONS)) {
            String lk = Keys.of(a.longForm());
            String sk = Keys.of(a.shortForm());
            if ((namesTask(tasks, lk) || tasks.contains(sk)) && !isProposed(lk, d) && !isProposed(sk, d)) {
                typeOf.putIfAbsent(lk, EntityType.TASK);
                typeOf.putIfAbsent(sk, EntityType.TASK);
            }
        }
    }

    /** Whether a long form is a task or ends a longer task phrase ("Unsupervised domain adaptation"). */
    private static boolean namesTask(Set<String> tasks, String longKey) {
        if (tasks.contains(longKey)) {
            return true;
        }
        for (String t : tasks) {
            if (longKey.length() >= 8 && t.endsWith(longKey)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Extraction extract(String id, String title, String abstractText) {
        return assemble(id, title, analyse(title, abstractText), classifiers, false).extraction();
    }

    /**
     * What the rules produce for one paper before the classifiers decide: the annotated document, the first mention
     * of every model, method and dataset name (with the type the extractor gives the name), the proposed names (the
     * rules' and then the tentative ones of {@link ProposalCandidates}) and the claims. The training of the
     * classifiers reads these.
     */
    public Items items(String title, String abstractText) {
        Document d = analyse(title, abstractText);
        Assembly a = assemble("", title, d, Classifiers.none(), true);
        return new Items(d, a.entities(), a.proposals(), a.claims());
    }

    /**
     * The extraction of items found earlier, kept or dropped by this extractor's classifiers: the same as
     * {@link #extract(String, String, String)} of their paper without running the rules again.
     */
    public Extraction decide(String id, Items items) {
        return assemble(id, items.document().title(), items.document(), classifiers, false).extraction();
    }

    /**
     * The items of one paper that the classifiers decide on.
     *
     * @param document the document the rule pipeline annotated
     * @param entities the first mention of each model, method and dataset name, typed as the extractor types it
     * @param proposals the proposed names
     * @param claims the comparative claims
     */
    public record Items(Document document, List<Mention> entities, List<Proposal> proposals, List<Claim> claims) {
        public Items {
            Objects.requireNonNull(document, "document");
            entities = List.copyOf(entities);
            proposals = List.copyOf(proposals);
            claims = List.copyOf(claims);
        }
    }

    private Document analyse(String title, String abstractText) {
        String text = abstractText.length() > MAX_ABSTRACT_CHARS ? abstractText.substring(0, MAX_ABSTRACT_CHARS)
                : abstractText;
        return pipeline.run(title, text);
    }

    /** An extraction with the items the classifiers saw, before they decided. */
    private record Assembly(Extraction extraction, List<Mention> entities, List<Proposal> proposals,
            List<Claim> claims) {
    }

    private static boolean filtered(EntityType t) {
        return t == EntityType.MODEL || t == EntityType.METHOD || t == EntityType.DATASET;
    }

    /**
     * The extraction of an annotated document under the classifiers; {@code listTentative} lists the tentative
     * proposed names among the items even when no trained model could accept them (for training).
     */
    private Assembly assemble(String id, String title, Document d, Classifiers classifiers, boolean listTentative) {
        Map<String, EntityType> typeOf = new HashMap<>();
        for (Proposal p : d.get(Layers.PROPOSED)) {
            if (p.type() == EntityType.DATASET || p.type() == EntityType.MODEL || p.type() == EntityType.METRIC) {
                typeOf.put(Keys.of(p.name()), p.type());
            }
        }
        for (Mention m : d.get(Layers.ENTITIES)) {
            String k = Keys.of(m.surface());
            if (m.type() == EntityType.TASK && isProposed(k, d)) {
                typeOf.putIfAbsent(k, EntityType.METHOD);
            }
        }
        alignPairsWithTasks(d, typeOf);
        Map<EntityType, List<String>> lists = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            lists.put(t, new ArrayList<>());
        }
        Set<String> listed = new HashSet<>();
        Set<String> decided = new HashSet<>();
        List<Mention> metrics = new ArrayList<>();
        for (List<Mention> layer : List.of(d.get(Layers.ENTITIES), d.get(Layers.TERMS))) {
            for (Mention m : layer) {
                if (m.type() == EntityType.METRIC) {
                    metrics.add(m);
                }
            }
        }
        List<Mention> considered = new ArrayList<>();
        for (List<Mention> layer : List.of(d.get(Layers.ENTITIES), d.get(Layers.TERMS))) {
            for (Mention m : layer) {
                String k = Keys.of(m.surface());
                EntityType t = typeOf.computeIfAbsent(k, x -> m.type());
                if (t == EntityType.METRIC && insideLongerMetric(m, metrics)) {
                    continue;
                }
                if (k.isEmpty() || !decided.add(k)) {
                    continue;
                }
                if (filtered(t) && !isProposed(k, d)) {
                    Mention typed = new Mention(m.surface(), t, m.sentence(), m.start(), m.end());
                    considered.add(typed);
                    if (!classifiers.entities().accepts(d, typed)) {
                        continue;
                    }
                }
                listed.add(k);
                lists.get(t).add(m.surface());
            }
        }
        List<String> proposed = new ArrayList<>();
        List<Proposal> ruled = d.get(Layers.PROPOSED);
        List<Proposal> extra = listTentative || !classifiers.proposals().model().acceptsAll() ? tentative.candidates(d)
                : List.of();
        List<Proposal> proposals = new ArrayList<>(ruled);
        proposals.addAll(extra);
        Optional<String> extraReferent = Optional.empty();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            boolean isExtra = i >= ruled.size();
            if (isExtra && classifiers.proposals().model().acceptsAll() || !classifiers.proposals().accepts(d, p)) {
                continue;
            }
            if (isExtra && extraReferent.isEmpty() && p.type() != EntityType.DATASET) {
                extraReferent = Optional.of(p.name());
            }
            proposed.add(p.name());
            String k = Keys.of(p.name());
            if (listed.add(k)) {
                lists.get(typeOf.getOrDefault(k, p.type())).add(p.name());
            }
        }
        List<Alias> aliases = new ArrayList<>();
        Set<String> seenAliases = new HashSet<>();
        for (Abbreviation a : d.get(Layers.ABBREVIATIONS)) {
            if (listed.contains(Keys.of(a.longForm())) && listed.contains(Keys.of(a.shortForm()))
                    && seenAliases.add(aliasKey(a.longForm(), a.shortForm()))) {
                aliases.add(new Alias(a.longForm(), a.shortForm()));
            }
        }
        titleAlias(title, listed).filter(a -> seenAliases.add(aliasKey(a.longForm(), a.shortForm())))
                .ifPresent(aliases::add);
        bracketedProposals(d, proposed).stream().filter(a -> seenAliases.add(aliasKey(a.longForm(), a.shortForm())))
                .forEach(aliases::add);
        List<Claim> claims = shortFormSubjects(namedSubjects(d.get(Layers.CLAIMS), extraReferent), aliases);
        List<Claim> kept = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (classifiers.claims().model().acceptsAll()) {
                kept.add(c);
                continue;
            }
            double p = classifiers.claims().probability(d, c);
            if (p >= classifiers.claims().model().threshold()) {
                kept.add(c.withConfidence(p));
            }
        }
        return new Assembly(new Extraction(id, title, lists, proposed, d.get(Layers.CODE), kept, aliases), considered,
                proposals, claims);
    }

    /** The key under which an alias pair is listed once: both names' keys. */
    private static String aliasKey(String longForm, String shortForm) {
        return Keys.of(longForm) + "\u0000" + Keys.of(shortForm);
    }

    /**
     * The claims with the subject {@link Claim#PROPOSED}, which the rules give "our method" when they found no
     * proposed name, named by the first tentative proposed method or model the classifier accepted.
     */
    private static List<Claim> namedSubjects(List<Claim> claims, Optional<String> referent) {
        if (referent.isEmpty()) {
            return claims;
        }
        return claims.stream().map(c -> c.subjectIsProposed() ? c.withSubject(referent.get()) : c).toList();
    }

    /**
     * Pairs of proposed names written "Long Form (SHORT)" in the abstract that the abbreviation stage did not pair
     * because the short form is no initialism of the long one ("Movement-primitive Meta-MeshGraphNet (M3GN)"): the
     * paper names one artifact both ways.
     */
    private static List<Alias> bracketedProposals(Document d, List<String> proposed) {
        if (proposed.size() < 2) {
            return List.of();
        }
        Map<String, String> byKey = new HashMap<>();
        proposed.forEach(p -> byKey.putIfAbsent(Keys.of(p), p));
        List<Alias> out = new ArrayList<>();
        for (String p : proposed) {
            if (p.length() < 8) {
                continue;
            }
            ProposedFinder.bracketedAcronym(d.abstractText(), p).map(a -> byKey.get(Keys.of(a)))
                    .filter(shortForm -> !Keys.of(shortForm).equals(Keys.of(p)))
                    .ifPresent(shortForm -> out.add(new Alias(p, shortForm)));
        }
        return out;
    }

    /**
     * The claims with a subject written as the long form of an alias pair named by its short form, as annotators
     * name it ("M3GN outperforms ..." for "Movement-primitive Meta-MeshGraphNet (M3GN) provides higher accuracy ...
     * compared to ..."; 24 of 26 such subjects in the development sets are short forms). The graph is unchanged, the
     * pair being one entity; a claim that becomes a duplicate of an earlier one is dropped.
     */
    private static List<Claim> shortFormSubjects(List<Claim> claims, List<Alias> aliases) {
        if (aliases.isEmpty() || claims.isEmpty()) {
            return claims;
        }
        Map<String, String> shortOf = new HashMap<>();
        aliases.forEach(a -> shortOf.putIfAbsent(Keys.of(a.longForm()), a.shortForm()));
        Set<String> stated = new HashSet<>();
        claims.forEach(c -> stated.add(claimKey(c.subject(), c)));
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            String shortForm = shortOf.get(Keys.of(c.subject()));
            if (shortForm == null) {
                out.add(c);
            } else if (stated.add(claimKey(shortForm, c))) {
                out.add(c.withSubject(shortForm));
            }
        }
        return out;
    }

    private static String claimKey(String subject, Claim c) {
        return Keys.of(subject) + "\u0000" + c.relation() + "\u0000" + Keys.of(c.object()) + "\u0000" + c.sentenceStart();
    }

    /**
     * The alias a title defines as "ACRONYM: Long Form ..." ("CAPO: Cost-Aware Prompt Optimization"), when both names
     * were extracted, so that the graph holds one entity for the two.
     */
    private static Optional<Alias> titleAlias(String title, Set<String> listed) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String shortForm = title.substring(0, colon).strip();
        String longForm = AbbreviationFinder.titleLongForm(title.substring(colon + 1), shortForm);
        return !longForm.isEmpty() && listed.contains(Keys.of(longForm)) && listed.contains(Keys.of(shortForm))
                ? Optional.of(new Alias(longForm, shortForm)) : Optional.empty();
    }
}
