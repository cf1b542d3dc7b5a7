package org.paperkg.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A logistic-regression model over named features that accepts or rejects one item the rules produced.
 *
 * <p>The probability of an item is {@code 1 / (1 + exp(-(bias + sum of weight * value)))} over the features it has;
 * features the model has no weight for count as zero. The model accepts an item whose probability reaches the
 * threshold. {@link #acceptAll(String)} is the model that accepts everything: the plain rules. Models are trained
 * at build time from the gold sets (see {@code org.paperkg.eval.TrainModels}) and stored as JSON.
 *
 * <pre>{@code
 * LinearModel m = LinearModel.of("claims", -0.5, Map.of("cue.result", 1.2), 0.4);
 * boolean keep = m.accepts(Map.of("cue.result", 1.0));
 * }</pre>
 */
public final class LinearModel {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String name;
    private final double bias;
    private final Map<String, Double> weights;
    private final double threshold;
    private final boolean acceptsAll;

    private LinearModel(String name, double bias, Map<String, Double> weights, double threshold, boolean acceptsAll) {
        this.name = name;
        this.bias = bias;
        this.weights = weights;
        this.threshold = threshold;
        this.acceptsAll = acceptsAll;
    }

    /**
     * A trained model.
     *
     * @throws IllegalArgumentException when the name is blank, the threshold is outside [0, 1] or a weight is not
     *     finite
     */
    public static LinearModel of(String name, double bias, Map<String, Double> weights, double threshold) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a model needs a name");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold of model '" + name + "' is outside [0, 1]: " + threshold);
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias of model '" + name + "' is not finite");
        }
        weights.forEach((f, w) -> {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("weight of feature '" + f + "' in model '" + name
                        + "' is not finite");
            }
        });
        return new LinearModel(name, bias, Map.copyOf(weights), threshold, false);
    }

    /**
     * The same weights accepting at another threshold.
     *
     * @throws IllegalArgumentException when the threshold is outside [0, 1]
     */
    public LinearModel withThreshold(double other) {
        return acceptsAll ? this : of(name, bias, weights, other);
    }

    /** The bias: the log-odds of an item without features. */
    public double bias() {
        return bias;
    }

    /** The model that accepts every item: the plain rules. */
    public static LinearModel acceptAll(String name) {
        Objects.requireNonNull(name, "name");
        return new LinearModel(name, 0, Map.of(), 0, true);
    }

    /** The model's name ("entities", "proposals", "claims"). */
    public String name() {
        return name;
    }

    /** Whether this is the model that accepts every item. */
    public boolean acceptsAll() {
        return acceptsAll;
    }

    /** The probability threshold at which the model accepts. */
    public double threshold() {
        return threshold;
    }

    /** The weights by feature name, without the bias. */
    public Map<String, Double> weights() {
        return weights;
    }

    /** The probability that an item with these features is right; 1 for the accept-all model. */
    public double probability(Map<String, Double> features) {
        if (acceptsAll) {
            return 1;
        }
        double z = bias;
        for (Map.Entry<String, Double> e : features.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                z += w * e.getValue();
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the model keeps an item with these features. */
    public boolean accepts(Map<String, Double> features) {
        return acceptsAll || probability(features) >= threshold;
    }

    /** Writes the model as JSON. */
    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, new Stored(name, acceptsAll, bias, threshold, new TreeMap<>(weights)));
    }

    /**
     * Reads a model written by {@link #write(OutputStream)}.
     *
     * @param source the file or resource name, for error messages
     * @throws UncheckedIOException when the stream cannot be read or is no model
     */
    public static LinearModel read(InputStream in, String source) {
        Stored s;
        try {
            s = JSON.readValue(in, Stored.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(source + ": not a model: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        if (s.name() == null || s.weights() == null) {
            throw new UncheckedIOException(source + ": not a model: name or weights missing",
                    new IOException("incomplete model"));
        }
        try {
            return s.acceptsAll() ? acceptAll(s.name()) : of(s.name(), s.bias(), s.weights(), s.threshold());
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), new IOException(e));
        }
    }

    @Override
    public String toString() {
        return acceptsAll ? name + " (accept all)"
                : name + " (" + weights.size() + " features, threshold " + threshold + ")";
    }

    /** The JSON form of a model. */
    private record Stored(String name, boolean acceptsAll, double bias, double threshold,
            Map<String, Double> weights) {
    }
}
