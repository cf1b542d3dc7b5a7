package org.paperkg.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.Classifiers;
import org.paperkg.extract.Document;
import org.paperkg.extract.Featurizer;
import org.paperkg.extract.Filter;
import org.paperkg.extract.LinearModel;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.model.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The build-time trainer of the extractor's learned filters, with the cross-validation that decides whether they
 * beat the plain rules.
 *
 * <p>For each filter (entities, proposals, claims) it reads the gold sets {@code dev-X.jsonl} with their inputs
 * {@code dev-X-input.jsonl}, runs the rules once, and labels every item the rules produce. Leave-one-set-out
 * cross-validation picks the regularisation and the acceptance threshold; a nested cross-validation (the choice
 * made again inside each training fold) measures the learned filter against the rules on the held-back set. A
 * filter ships when its nested F1 beats the rules by at least {@value #MARGIN}; otherwise it is written as the
 * accept-all model, except a claims model whose out-of-fold probabilities predict rightness better (lower Brier
 * score) than the rules' confidences: it ships with threshold 0, keeping every claim and giving it a calibrated
 * confidence. Maven runs this in
 * {@code process-classes}, so the jar ships the models.
 *
 * <pre>{@code
 * java -cp paperkg.jar org.paperkg.eval.TrainModels --data data/eval --out models/
 * java -cp paperkg.jar org.paperkg.eval.TrainModels --data data/eval --sets a,b,c,d,e,f --out models/
 * }</pre>
 */
@Command(name = "train-models", mixinStandardHelpOptions = true,
        version = "paperkg train-models (rules " + RuleExtractor.VERSION + ")",
        description = "Trains the extractor's learned filters on the gold sets and reports their cross-validation.")
public final class TrainModels implements Callable<Integer> {
    /** The nested-CV F1 gain over the rules a filter needs to ship: smaller gains are one or two items, noise. */
    private static final double MARGIN = 0.005;
    private static final double[] COSTS = {0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    private static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65,
        0.7};

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/eval",
            description = "Folder of the gold sets (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--sets", paramLabel = "SET", split = ",",
            description = "Gold sets to train on, one cross-validation fold each (default: every dev-X.jsonl with its"
                    + " dev-X-input.jsonl in --data, except the --blind sets).")
    private List<String> sets = List.of();

    @Option(names = "--blind", paramLabel = "SET", split = ",", defaultValue = "g,o,v,z",
            description = "Gold sets never trained on, kept for measuring on unseen text (default: ${DEFAULT-VALUE}).")
    private List<String> blind;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write entities.json, proposals.json and claims.json to.")
    private Path out;

    /** Runs the trainer; a failure exits with status 1 (Maven reports it as a failed build step). */
    public static void main(String[] args) {
        int status = new CommandLine(new TrainModels()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** One filter: its name, the fields it is judged by and how its examples are labelled. */
    private enum Kind {
        ENTITIES(Classifiers.ENTITIES, List.of(Field.MODELS_METHODS, Field.DATASETS), Examples::entities),
        PROPOSALS(Classifiers.PROPOSALS, List.of(Field.PROPOSED), Examples::proposals),
        CLAIMS(Classifiers.CLAIMS, List.of(Field.CLAIMS), Examples::claims);

        final String model;
        final List<Field> fields;
        final Labeller labeller;

        Kind(String model, List<Field> fields, Labeller labeller) {
            this.model = model;
            this.fields = fields;
            this.labeller = labeller;
        }
    }

    @FunctionalInterface
    private interface Labeller {
        List<Example> examples(GoldRecord gold, RuleExtractor.Items items, Classifiers classifiers);
    }

    /** A gold paper with what the rules found in it. */
    private record Paper(String set, String id, GoldRecord gold, RuleExtractor.Items items) {
    }

    /**
     * The nested cross-validation of one filter: its score, and the mean squared error (Brier score) of its
     * out-of-fold probabilities and of the rules' own confidences (claims only; NaN otherwise).
     */
    private record Nested(FieldScore score, double brier, double rulesBrier) {
    }

    /** A choice of regularisation and threshold with its cross-validated score. */
    private record Choice(double cost, double threshold, FieldScore score) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data " + data + ": no such folder");
        }
        List<String> sets = this.sets.isEmpty() ? discovered() : this.sets;
        if (sets.stream().anyMatch(blind::contains)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sets " + sets + " includes a blind set "
                    + blind);
        }
        if (sets.stream().distinct().count() < 3) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--sets needs at least three distinct gold sets for the nested cross-validation");
        }
        RuleExtractor rules = RuleExtractor.withDefaults();
        Classifiers featurizers = remembering(rules.classifiers());
        RuleExtractor plain = rules.withClassifiers(Classifiers.none());
        List<Paper> papers = new ArrayList<>();
        for (String set : sets) {
            papers.addAll(read(set, plain, log));
        }
        log.printf(Locale.ROOT, "train-models: %d gold papers in %d sets (%s; blind, never trained on: %s)%n",
                papers.size(), sets.size(), String.join(",", sets), String.join(",", blind));
        Files.createDirectories(out);
        for (Kind kind : Kind.values()) {
            Map<Paper, List<Example>> examples = new HashMap<>();
            papers.forEach(p -> examples.put(p, kind.labeller.examples(p.gold(), p.items(), featurizers)));
            FieldScore rulesScore = score(kind, papers, p -> plain);
            Nested nested = nested(kind, papers, examples, featurizers, plain, log);
            Choice choice = choose(kind, papers, examples, featurizers, plain);
            boolean ship = nested.score().f1() >= rulesScore.f1() + MARGIN;
            boolean calibrate = !ship && nested.brier() < nested.rulesBrier();
            LinearModel model = ship ? train(kind, papers, examples, choice.cost()).withThreshold(choice.threshold())
                    : calibrate ? train(kind, papers, examples, choice.cost()).withThreshold(0)
                    : LinearModel.acceptAll(kind.model);
            try (OutputStream o = Files.newOutputStream(out.resolve(kind.model + ".json"))) {
                model.write(o);
            }
            log.printf(Locale.ROOT, "train-models: %-9s rules P %.3f R %.3f F1 %.3f | learned, nested CV: P %.3f R %.3f"
                    + " F1 %.3f, Brier %.3f%s | %s%n", kind.model, rulesScore.precision(), rulesScore.recall(),
                    rulesScore.f1(), nested.score().precision(), nested.score().recall(), nested.score().f1(),
                    nested.brier(), Double.isNaN(nested.rulesBrier()) ? ""
                            : String.format(Locale.ROOT, " (rules' confidences %.3f)", nested.rulesBrier()),
                    ship ? "shipped as a filter: C " + choice.cost() + ", threshold " + choice.threshold() + ", "
                            + model.weights().size() + " features"
                            : calibrate ? "not a filter (beats the rules by less than " + MARGIN + " F1); shipped to"
                                    + " calibrate confidences only (keeps every item)"
                            : "not shipped (beats the rules by less than " + MARGIN + " F1): accept all");
        }
        log.flush();
        return 0;
    }

    /** The sets in the data folder that have a gold file and an input file and are not blind, in name order. */
    private List<String> discovered() throws IOException {
        Pattern gold = Pattern.compile("dev-([a-z0-9]+)\\.jsonl");
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(data, "dev-*.jsonl")) {
            for (Path f : files) {
                Matcher m = gold.matcher(f.getFileName().toString());
                if (m.matches() && !blind.contains(m.group(1))
                        && Files.isRegularFile(data.resolve("dev-" + m.group(1) + "-input.jsonl"))) {
                    found.add(m.group(1));
                }
            }
        }
        Collections.sort(found);
        return found;
    }

    private List<Paper> read(String set, RuleExtractor plain, PrintWriter log) {
        List<Paper> papers = new ArrayList<>();
        for (DevSet.Pair p : DevSet.read(data, set, "train-models", log)) {
            papers.add(new Paper(set, p.id(), p.gold(), plain.items(p.listing().title(), p.listing().abstractText())));
        }
        return papers;
    }

    /**
     * The classifiers with featurizers that compute each item's features once: the cross-validation decides on the
     * same items many times.
     */
    private static Classifiers remembering(Classifiers c) {
        return new Classifiers(new Filter<>(c.entities().model(), remembering(c.entities().featurizer())),
                new Filter<>(c.proposals().model(), remembering(c.proposals().featurizer())),
                new Filter<>(c.claims().model(), remembering(c.claims().featurizer())));
    }

    private static <T> Featurizer<T> remembering(Featurizer<T> f) {
        Map<Document, Map<T, Map<String, Double>>> seen = new IdentityHashMap<>();
        return (d, item) -> seen.computeIfAbsent(d, x -> new HashMap<>()).computeIfAbsent(item,
                x -> f.features(d, x));
    }

    /** The score of the papers' extractions by the extractor each paper is given, summed over the kind's fields. */
    private static FieldScore score(Kind kind, List<Paper> papers,
            Function<Paper, RuleExtractor> extractorOf) {
        List<GoldRecord> golds = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (Paper p : papers) {
            golds.add(p.gold());
            extractions.add(extractorOf.apply(p).decide(p.id(), p.items()));
        }
        EvalReport report = new Evaluator().score(golds, extractions);
        FieldScore sum = FieldScore.ZERO;
        for (Field f : kind.fields) {
            sum = sum.plus(report.score(f));
        }
        return sum;
    }

    private static LinearModel train(Kind kind, List<Paper> papers, Map<Paper, List<Example>> examples, double cost) {
        List<Example> xs = new ArrayList<>();
        papers.forEach(p -> xs.addAll(examples.get(p)));
        return new LogisticTrainer().train(kind.model, xs, cost, 0.5);
    }

    private static Classifiers only(Kind kind, LinearModel model, Classifiers featurizers) {
        LinearModel e = kind == Kind.ENTITIES ? model : LinearModel.acceptAll(Classifiers.ENTITIES);
        LinearModel p = kind == Kind.PROPOSALS ? model : LinearModel.acceptAll(Classifiers.PROPOSALS);
        LinearModel c = kind == Kind.CLAIMS ? model : LinearModel.acceptAll(Classifiers.CLAIMS);
        return featurizers.withModels(e, p, c);
    }

    /**
     * The regularisation and threshold with the best leave-one-set-out score over the papers' sets; ties go to the
     * stronger regularisation and then the lower threshold (the choice closest to the rules).
     */
    private Choice choose(Kind kind, List<Paper> papers, Map<Paper, List<Example>> examples, Classifiers featurizers,
            RuleExtractor plain) {
        List<String> folds = papers.stream().map(Paper::set).distinct().toList();
        Choice best = null;
        for (double cost : COSTS) {
            Map<String, LinearModel> byFold = new HashMap<>();
            for (String fold : folds) {
                byFold.put(fold, train(kind, papers.stream().filter(p -> !p.set().equals(fold)).toList(), examples,
                        cost));
            }
            for (double t : THRESHOLDS) {
                Map<String, RuleExtractor> extractors = new HashMap<>();
                byFold.forEach((fold, m) -> extractors.put(fold, plain.withClassifiers(only(kind, m.withThreshold(t),
                        featurizers))));
                FieldScore s = score(kind, papers, p -> extractors.get(p.set()));
                if (best == null || s.f1() > best.score().f1() + 1e-12) {
                    best = new Choice(cost, t, s);
                }
            }
        }
        return best;
    }

    /**
     * The learned filter's score on each set when everything, the choice of C and threshold too, is made without that
     * set.
     */
    private Nested nested(Kind kind, List<Paper> papers, Map<Paper, List<Example>> examples,
            Classifiers featurizers, RuleExtractor plain, PrintWriter log) {
        List<String> folds = papers.stream().map(Paper::set).distinct().toList();
        FieldScore sum = FieldScore.ZERO;
        StringBuilder perFold = new StringBuilder();
        double squared = 0;
        double rulesSquared = 0;
        int n = 0;
        for (String fold : folds) {
            List<Paper> training = papers.stream().filter(p -> !p.set().equals(fold)).toList();
            List<Paper> test = papers.stream().filter(p -> p.set().equals(fold)).toList();
            Choice c = choose(kind, training, examples, featurizers, plain);
            LinearModel m = train(kind, training, examples, c.cost()).withThreshold(c.threshold());
            RuleExtractor x = plain.withClassifiers(only(kind, m, featurizers));
            FieldScore learned = score(kind, test, p -> x);
            sum = sum.plus(learned);
            for (Paper p : test) {
                List<Example> xs = examples.get(p);
                for (int i = 0; i < xs.size(); i++) {
                    double y = xs.get(i).positive() ? 1 : 0;
                    squared += Math.pow(m.probability(xs.get(i).features()) - y, 2);
                    if (kind == Kind.CLAIMS) {
                        rulesSquared += Math.pow(p.items().claims().get(i).confidence() - y, 2);
                    }
                    n++;
                }
            }
            perFold.append(String.format(Locale.ROOT, " %s %.3f>%.3f", fold, score(kind, test, p -> plain).f1(),
                    learned.f1()));
        }
        log.printf(Locale.ROOT, "train-models: %-9s F1 per held-back set, rules>learned:%s%n", kind.model, perFold);
        return new Nested(sum, squared / Math.max(1, n), kind == Kind.CLAIMS ? rulesSquared / Math.max(1, n)
                : Double.NaN);
    }
}
