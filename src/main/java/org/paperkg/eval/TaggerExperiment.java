package org.paperkg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Layers;
import org.paperkg.extract.Mention;
import org.paperkg.extract.MentionLabels;
import org.paperkg.extract.MentionTagger;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.extract.TokenFeatures;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The experiment that measures whether a learned {@link MentionTagger} adds the dataset, model and method names the
 * rules miss, by leave-one-set-out cross-validation over the training gold sets.
 *
 * <p>For each held-back set it trains the tagger on the other sets (gold names aligned by {@link MentionLabels}:
 * core and optional, or with {@code --labels CORE} core only) and scores, with the {@link Evaluator}, the datasets
 * and pooled models+methods of: the rules alone ({@link RuleExtractor#rulesOnly}); the tagger alone; the union of
 * the rules' names and the tagger's; the union in which a name only the tagger found needs a tagger probability of
 * at least t; and that union keeping only tagger names that overlap no entity or term the rules found in the text.
 * Each thresholded arm has one t per field (datasets, models+methods): for a held-back set, the t with the best
 * union F1 of the field (ties to the lower t) over the other sets' out-of-fold tags (each set tagged by the tagger
 * trained without it; cheap, but those taggers saw the held-back set's labels), or, with {@code --groups N},
 * nested: the training sets are split into N groups, each tagged by a tagger trained without it and without the
 * held-back set. Blind sets are refused.
 *
 * <pre>{@code
 * java -cp paperkg.jar org.paperkg.eval.TaggerExperiment --data data/eval --sets a,b,c,d,e,f,h,i,j
 * }</pre>
 */
@Command(name = "tagger-experiment", mixinStandardHelpOptions = true,
        description = "Leave-one-set-out experiment: rules vs learned mention tagger vs their union.")
public final class TaggerExperiment implements Callable<Integer> {
    private static final List<Field> FIELDS = List.of(Field.DATASETS, Field.MODELS_METHODS);
    private static final List<String> BLIND = List.of("g", "o", "v");
    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01};

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/eval",
            description = "Folder of the gold sets (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--sets", paramLabel = "SET", split = ",",
            defaultValue = "a,b,c,d,e,f,h,i,j,k,l,m,n,p,q,r,s,t,u",
            description = "Training gold sets, one fold each (default: ${DEFAULT-VALUE}).")
    private List<String> sets;

    @Option(names = "--cost", defaultValue = "0.1", description = "LIBLINEAR's C (default: ${DEFAULT-VALUE}).")
    private double cost;

    @Option(names = "--bits", defaultValue = "19", description = "Feature hash bits (default: ${DEFAULT-VALUE}).")
    private int bits;

    @Option(names = "--groups", defaultValue = "0",
            description = "0: choose the threshold on the other sets' out-of-fold tags; N >= 2: nested, on N groups of"
                    + " the training sets, each tagged by a tagger trained without it (default: ${DEFAULT-VALUE}).")
    private int groups;

    @Option(names = "--labels", defaultValue = "ALL",
            description = "Gold names the tagger learns: ALL (core and optional) or CORE (default: ${DEFAULT-VALUE}).")
    private Tiers labels;

    /** Which gold names the tagger learns to tag. */
    private enum Tiers {
        ALL, CORE
    }

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Also write each tagger-only name (set, paper, type, probability, gold tier, name) as TSV.")
    private Optional<Path> dump;

    /** Runs the experiment. */
    public static void main(String[] args) {
        int status = new CommandLine(new TaggerExperiment()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** A gold paper with what the rules found and its tokens prepared for the tagger; maps key it by identity. */
    private record Paper(String set, String id, GoldRecord gold, RuleExtractor.Items items, Extraction rules,
            List<TaggerTrainer.Sentence> sentences) {
    }

    /**
     * The systems compared: the rules, the tagger, their union, the union where a tagger-only name needs probability
     * t, and that union keeping only tagger names that overlap no name the rules found in the text.
     */
    private enum Arm {
        RULES("rules"), TAGGER("tagger"), UNION("union"), THRESHOLDED("union>=t"), FRESH("fresh>=t");

        final String label;

        Arm(String label) {
            this.label = label;
        }

        boolean thresholded() {
            return this == THRESHOLDED || this == FRESH;
        }
    }

    @Override
    public Integer call() {
        PrintWriter log = spec.commandLine().getOut();
        if (sets.stream().anyMatch(BLIND::contains)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sets includes a blind set " + BLIND);
        }
        if (groups == 1 || groups < 0 || sets.size() < Math.max(3, groups + 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need 0 or at least 2 groups, fewer than the"
                    + " sets, and at least three sets");
        }
        TokenFeatures features = new TokenFeatures(bits);
        TaggerTrainer trainer = new TaggerTrainer(features);
        RuleExtractor plain = RuleExtractor.rulesOnly(Gazetteer.bundled());
        List<Paper> papers = new ArrayList<>();
        for (String set : sets) {
            papers.addAll(read(set, plain, trainer, features, log));
        }
        log.printf(Locale.ROOT, "tagger-experiment: %d papers in %d sets, %d tokens, C %s, %d hash bits, %s names%n",
                papers.size(), sets.size(), papers.stream().flatMap(p -> p.sentences().stream())
                        .mapToInt(s -> s.tokens().size()).sum(), cost, bits, labels);
        Map<Arm, Map<Field, FieldScore>> pooled = new EnumMap<>(Arm.class);
        for (Arm s : Arm.values()) {
            pooled.put(s, new EnumMap<>(Field.class));
        }
        Map<Paper, List<MentionTagger.Name>> outOfFold = new IdentityHashMap<>();
        Map<String, MentionTagger> taggers = new HashMap<>();
        for (String set : sets) {
            long start = System.nanoTime();
            MentionTagger tagger = trainer.train(sentencesOf(papers.stream().filter(p -> !p.set().equals(set))
                    .toList()), cost);
            taggers.put(set, tagger);
            outOfFold.putAll(tag(tagger, papers.stream().filter(p -> p.set().equals(set)).toList()));
            log.printf(Locale.ROOT, "trained without %s in %.0f s%n", set, (System.nanoTime() - start) / 1e9);
            log.flush();
        }
        for (String set : sets) {
            List<Paper> training = papers.stream().filter(p -> !p.set().equals(set)).toList();
            List<Paper> test = papers.stream().filter(p -> p.set().equals(set)).toList();
            Map<Paper, List<MentionTagger.Name>> tuning = groups == 0 ? outOfFold : nested(training, trainer);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "set %-2s", set));
            for (Arm s : Arm.values()) {
                Thresholds t = s.thresholded() ? chooseThreshold(training, tuning, s) : Thresholds.NONE;
                Map<Field, FieldScore> scores = score(test, outOfFold, s, t);
                scores.forEach((f, sc) -> pooled.get(s).merge(f, sc, FieldScore::plus));
                line.append(String.format(Locale.ROOT, " | %s%s D %.3f MM %.3f", s.label,
                        s.thresholded() ? String.format(Locale.ROOT, " t=%.2f/%.2f", t.datasets(), t.modelsMethods())
                                : "",
                        scores.get(Field.DATASETS).f1(), scores.get(Field.MODELS_METHODS).f1()));
            }
            log.println(line);
            log.flush();
        }
        if (dump.isPresent()) {
            writeDump(dump.get(), papers, outOfFold);
        }
        log.println("pooled over " + sets.size() + " held-back sets (P / R / F1, tp+optional / fp / fn):");
        for (Field f : FIELDS) {
            for (Arm s : Arm.values()) {
                FieldScore sc = pooled.get(s).get(f);
                log.printf(Locale.ROOT, "  %-14s %-9s P %.3f R %.3f F1 %.3f  (%d+%d / %d / %d)%n", f.label(), s.label,
                        sc.precision(), sc.recall(), sc.f1(), sc.truePositives(), sc.optionalHits(),
                        sc.falsePositives(), sc.falseNegatives());
            }
        }
        speed(taggers.get(sets.get(0)), papers, plain, log);
        log.flush();
        return 0;
    }

    /** Single-thread throughput of the rules and of the tagger over the papers already analysed. */
    private static void speed(MentionTagger tagger, List<Paper> papers, RuleExtractor plain, PrintWriter log) {
        long rulesNanos = 0;
        long taggerNanos = 0;
        int tagged = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (Paper p : papers) {
                plain.items(p.items().document().title(), p.items().document().abstractText());
            }
            long t1 = System.nanoTime();
            for (Paper p : papers) {
                tagged += tagger.tag(p.items().document()).size();
            }
            long t2 = System.nanoTime();
            if (round > 0) {
                rulesNanos += t1 - t0;
                taggerNanos += t2 - t1;
            }
        }
        log.printf(Locale.ROOT, "speed, one thread, rounds 2-3: rules %.0f abstracts/s, tagger alone %.0f abstracts/s"
                + " (%d names)%n", 2e9 * papers.size() / rulesNanos, 2e9 * papers.size() / taggerNanos, tagged);
    }

    /** Writes the names only the tagger found, each with the gold tier it matches in its field (core, optional, -). */
    private static void writeDump(Path file, List<Paper> papers, Map<Paper, List<MentionTagger.Name>> tags) {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (Paper p : papers) {
                Set<String> listed = new HashSet<>();
                for (EntityType t : EntityType.values()) {
                    p.rules().names(t).forEach(n -> listed.add(Evaluator.nameKey(n)));
                }
                for (MentionTagger.Name n : tags.get(p)) {
                    String k = Evaluator.nameKey(n.surface());
                    if (listed.contains(k)) {
                        continue;
                    }
                    List<EntityType> field = n.type() == EntityType.DATASET ? List.of(EntityType.DATASET)
                            : List.of(EntityType.MODEL, EntityType.METHOD);
                    String tier = field.stream().anyMatch(t -> keys(p.gold().names(t).core()).contains(k)) ? "core"
                            : field.stream().anyMatch(t -> keys(p.gold().names(t).optional()).contains(k)) ? "optional"
                            : "-";
                    out.printf(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%s\t%s%n", p.set(), p.id(), n.type(),
                            n.probability(), tier, n.surface().replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> keys(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(Evaluator.nameKey(n)));
        return out;
    }

    private static List<TaggerTrainer.Sentence> sentencesOf(List<Paper> papers) {
        return papers.stream().flatMap(p -> p.sentences().stream()).toList();
    }

    private static Map<Paper, List<MentionTagger.Name>> tag(MentionTagger tagger, List<Paper> papers) {
        Map<Paper, List<MentionTagger.Name>> out = new IdentityHashMap<>();
        for (Paper p : papers) {
            out.put(p, MentionTagger.strongest(tagger.tag(p.items().document())));
        }
        return out;
    }

    /**
     * The training papers' names, each group of their sets tagged by a tagger trained without it (nested: nothing of
     * the held-back set takes part).
     */
    private Map<Paper, List<MentionTagger.Name>> nested(List<Paper> training, TaggerTrainer trainer) {
        List<String> trainingSets = training.stream().map(Paper::set).distinct().toList();
        Map<Paper, List<MentionTagger.Name>> tags = new IdentityHashMap<>();
        for (int g = 0; g < groups; g++) {
            Set<String> held = new HashSet<>();
            for (int i = g; i < trainingSets.size(); i += groups) {
                held.add(trainingSets.get(i));
            }
            Predicate<Paper> isHeld = p -> held.contains(p.set());
            MentionTagger tagger = trainer.train(sentencesOf(training.stream().filter(isHeld.negate()).toList()),
                    cost);
            tags.putAll(tag(tagger, training.stream().filter(isHeld).toList()));
        }
        return tags;
    }

    /**
     * The probability a tagger-only name needs, per field: a dataset name and a model or method name.
     *
     * @param datasets the threshold of dataset names
     * @param modelsMethods the threshold of model and method names
     */
    private record Thresholds(double datasets, double modelsMethods) {
        static final Thresholds NONE = new Thresholds(0, 0);

        double of(EntityType type) {
            return type == EntityType.DATASET ? datasets : modelsMethods;
        }
    }

    /**
     * The thresholds with the best union F1 of each field over the training papers tagged as given; ties to the
     * lower.
     */
    private static Thresholds chooseThreshold(List<Paper> training, Map<Paper, List<MentionTagger.Name>> tags,
            Arm arm) {
        double[] best = {THRESHOLDS[0], THRESHOLDS[0]};
        double[] bestF1 = {-1, -1};
        for (double t : THRESHOLDS) {
            Map<Field, FieldScore> s = score(training, tags, arm, new Thresholds(t, t));
            for (int f = 0; f < FIELDS.size(); f++) {
                double f1 = s.get(FIELDS.get(f)).f1();
                if (f1 > bestF1[f] + 1e-12) {
                    best[f] = t;
                    bestF1[f] = f1;
                }
            }
        }
        return new Thresholds(best[0], best[1]);
    }

    private static Map<Field, FieldScore> score(List<Paper> papers, Map<Paper, List<MentionTagger.Name>> tags,
            Arm system, Thresholds threshold) {
        List<GoldRecord> golds = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (Paper p : papers) {
            golds.add(p.gold());
            extractions.add(extraction(p, tags.get(p), system, threshold));
        }
        EvalReport report = new Evaluator().score(golds, extractions);
        Map<Field, FieldScore> out = new LinkedHashMap<>();
        FIELDS.forEach(f -> out.put(f, report.score(f)));
        return out;
    }

    /** The extraction a system gives a paper: the rules', the tagger's names alone, or the rules' plus the tagger's. */
    private static Extraction extraction(Paper p, List<MentionTagger.Name> names, Arm system, Thresholds threshold) {
        if (system == Arm.RULES) {
            return p.rules();
        }
        Map<EntityType, List<String>> lists = new EnumMap<>(EntityType.class);
        Set<String> listed = new HashSet<>();
        for (EntityType t : EntityType.values()) {
            lists.put(t, new ArrayList<>(system == Arm.TAGGER ? List.of() : p.rules().names(t)));
            lists.get(t).forEach(n -> listed.add(Evaluator.nameKey(n)));
        }
        for (MentionTagger.Name n : names) {
            boolean strong = !system.thresholded() || n.probability() >= threshold.of(n.type());
            if (strong && (system != Arm.FRESH || !overlapsRules(p, n)) && listed.add(Evaluator.nameKey(n.surface()))) {
                lists.get(n.type()).add(n.surface());
            }
        }
        Extraction r = p.rules();
        return new Extraction(r.id(), r.title(), lists, r.proposed(), r.code(), r.claims(), r.aliases());
    }

    /** Whether a tagged name overlaps an entity or term the rules found in the same sentence. */
    private static boolean overlapsRules(Paper p, MentionTagger.Name n) {
        for (List<Mention> layer : List.of(p.items().document().get(Layers.ENTITIES),
                p.items().document().get(Layers.TERMS))) {
            for (Mention m : layer) {
                if (m.sentence() == n.sentence() && m.start() < n.end() && n.start() < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Paper> read(String set, RuleExtractor plain, TaggerTrainer trainer, TokenFeatures features,
            PrintWriter log) {
        List<Paper> papers = new ArrayList<>();
        for (DevSet.Pair p : DevSet.read(data, set, "tagger-experiment", log)) {
            GoldRecord g = p.gold();
            String id = p.id();
            RuleExtractor.Items items = plain.items(p.listing().title(), p.listing().abstractText());
            Map<EntityType, List<String>> names = new EnumMap<>(EntityType.class);
            for (EntityType t : List.of(EntityType.DATASET, EntityType.MODEL, EntityType.METHOD)) {
                List<String> all = new ArrayList<>(g.names(t).core());
                if (labels == Tiers.ALL) {
                    all.addAll(g.names(t).optional());
                }
                names.put(t, all);
            }
            var labels = MentionLabels.of(items.document().get(Layers.TOKENS), names);
            var prepared = features.prepare(items.document());
            List<TaggerTrainer.Sentence> sentences = new ArrayList<>();
            for (int s = 0; s < prepared.size(); s++) {
                sentences.add(trainer.sentence(prepared.get(s), labels.get(s)));
            }
            papers.add(new Paper(set, id, g, items, plain.decide(id, items), sentences));
        }
        return papers;
    }
}
