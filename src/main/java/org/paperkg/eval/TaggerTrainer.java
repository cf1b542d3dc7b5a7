package org.paperkg.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.paperkg.extract.MentionLabel;
import org.paperkg.extract.MentionTagger;
import org.paperkg.extract.TokenFeatures;

/**
 * A trainer of {@link MentionTagger}s: one-vs-rest L2-regularised logistic regression by LIBLINEAR's dual coordinate
 * descent solver over each token's {@link TokenFeatures}, the previous token's gold label standing in for the
 * predicted one. LIBLINEAR seeds its coordinate order with a fixed seed, so training is deterministic.
 *
 * <pre>{@code
 * TaggerTrainer trainer = new TaggerTrainer(new TokenFeatures(19));
 * TaggerTrainer.Sentence s = trainer.sentence(prepared, goldLabels);   // once per sentence, reused across folds
 * MentionTagger tagger = trainer.train(List.of(s), 0.1);
 * }</pre>
 */
public final class TaggerTrainer {
    private static final double STOPPING_TOLERANCE = 0.1;

    private final TokenFeatures features;

    /** A trainer over the given features. */
    public TaggerTrainer(TokenFeatures features) {
        this.features = Objects.requireNonNull(features, "features");
        Linear.disableDebugOutput();
    }

    /**
     * One training sentence: each token's features, with the previous gold label's, and its gold label.
     *
     * @param tokens the features of each token, ascending indices
     * @param labels the gold label of each token
     */
    public record Sentence(List<Feature[]> tokens, List<MentionLabel> labels) {
        public Sentence {
            tokens = List.copyOf(tokens);
            labels = List.copyOf(labels);
            if (tokens.size() != labels.size()) {
                throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
            }
        }
    }

    /**
     * A sentence ready for training.
     *
     * @throws IllegalArgumentException when there is not one label per token
     */
    public Sentence sentence(TokenFeatures.Prepared prepared, List<MentionLabel> labels) {
        if (prepared.size() != labels.size()) {
            throw new IllegalArgumentException(prepared.size() + " tokens but " + labels.size() + " labels");
        }
        List<Feature[]> tokens = new ArrayList<>(prepared.size());
        MentionLabel previous = MentionLabel.O;
        for (int i = 0; i < prepared.size(); i++) {
            int[] merged = union(features.observedIndices(prepared, i),
                    features.transitionIndices(prepared, i, previous));
            Feature[] x = new Feature[merged.length];
            for (int j = 0; j < merged.length; j++) {
                x[j] = new FeatureNode(merged[j], 1);
            }
            tokens.add(x);
            previous = labels.get(i);
        }
        return new Sentence(tokens, labels);
    }

    /**
     * A tagger trained on the sentences.
     *
     * @param c the inverse regularisation strength: larger fits the sentences more closely
     * @throws IllegalArgumentException when c is not positive or the sentences hold fewer than two labels, or no O
     */
    public MentionTagger train(List<Sentence> sentences, double c) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("regularisation parameter must be positive: " + c);
        }
        int n = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        Problem problem = new Problem();
        problem.l = n;
        problem.n = features.dimension();
        problem.bias = -1;
        problem.x = new Feature[n][];
        problem.y = new double[n];
        int row = 0;
        for (Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                problem.x[row] = s.tokens().get(i);
                problem.y[row] = s.labels().get(i).ordinal();
                row++;
            }
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR_DUAL, c, STOPPING_TOLERANCE));
        int[] labels = model.getLabels();
        List<MentionLabel> classes = new ArrayList<>();
        for (int label : labels) {
            classes.add(MentionLabel.values()[label]);
        }
        double[] w = model.getFeatureWeights();
        if (labels.length == 2) {
            double[] both = new double[2 * features.dimension()];
            for (int f = 0; f < features.dimension(); f++) {
                both[2 * f] = w[f];
                both[2 * f + 1] = -w[f];
            }
            w = both;
        }
        return MentionTagger.of(features, classes, w);
    }

    /** The ascending distinct indices of two ascending distinct arrays. */
    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }
}
