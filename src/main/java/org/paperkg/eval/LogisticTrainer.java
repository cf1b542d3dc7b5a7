package org.paperkg.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.paperkg.extract.LinearModel;

/**
 * A trainer of {@link LinearModel}s: L2-regularised logistic regression by LIBLINEAR's trust-region Newton solver,
 * which is deterministic.
 *
 * <pre>{@code
 * LinearModel m = new LogisticTrainer().train("claims", examples, 1.0, 0.5);
 * }</pre>
 */
public final class LogisticTrainer {
    /** Logistic weight that stands for certainty when every example has the same label. */
    private static final double CERTAIN = 10;
    private static final double STOPPING_TOLERANCE = 0.001;

    /** A trainer; it holds no state. */
    public LogisticTrainer() {
        Linear.disableDebugOutput();
    }

    /**
     * A model trained on the examples.
     *
     * @param name the model's name
     * @param c the inverse regularisation strength: larger fits the examples more closely
     * @param threshold the probability at which the model accepts
     * @throws IllegalArgumentException when there are no examples or c is not positive
     */
    public LinearModel train(String name, List<Example> examples, double c, double threshold) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to train model '" + name + "' on");
        }
        if (!(c > 0)) {
            throw new IllegalArgumentException("regularisation parameter must be positive: " + c);
        }
        long positives = examples.stream().filter(Example::positive).count();
        if (positives == 0 || positives == examples.size()) {
            return LinearModel.of(name, positives == 0 ? -CERTAIN : CERTAIN, Map.of(), threshold);
        }
        TreeSet<String> names = new TreeSet<>();
        examples.forEach(e -> names.addAll(e.features().keySet()));
        List<String> index = new ArrayList<>(names);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            position.put(index.get(i), i + 1);
        }
        int biasIndex = index.size() + 1;
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = biasIndex;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            List<FeatureNode> nodes = new ArrayList<>();
            new TreeSet<>(e.features().keySet()).forEach(f -> {
                double v = e.features().get(f);
                if (v != 0) {
                    nodes.add(new FeatureNode(position.get(f), v));
                }
            });
            nodes.add(new FeatureNode(biasIndex, 1));
            problem.x[i] = nodes.toArray(new Feature[0]);
            problem.y[i] = e.positive() ? 1 : -1;
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, STOPPING_TOLERANCE));
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] w = model.getFeatureWeights();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            if (w[i] != 0) {
                weights.put(index.get(i), sign * w[i]);
            }
        }
        return LinearModel.of(name, sign * w[biasIndex - 1], weights, threshold);
    }
}
