package org.paperkg.extract;

import java.util.Map;
import java.util.Objects;

/**
 * A learned decision over one kind of item the rules produce: a {@link Featurizer} and the {@link LinearModel} that
 * scores its features.
 *
 * <pre>{@code
 * Filter<Claim> f = new Filter<>(LinearModel.acceptAll("claims"), (d, c) -> Map.of());
 * boolean keep = f.accepts(document, claim);
 * }</pre>
 *
 * @param model the model that decides
 * @param featurizer the features the model reads
 * @param <T> the kind of item
 */
public record Filter<T>(LinearModel model, Featurizer<T> featurizer) {

    public Filter {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(featurizer, "featurizer");
    }

    /** The filter that keeps every item, reading no features. */
    public static <T> Filter<T> acceptAll(String name) {
        return new Filter<>(LinearModel.acceptAll(name), (d, item) -> Map.of());
    }

    /** Whether the model keeps this item of the document. */
    public boolean accepts(Document document, T item) {
        return model.acceptsAll() || model.accepts(featurizer.features(document, item));
    }

    /** The model's probability that this item of the document is right; 1 for the accept-all model. */
    public double probability(Document document, T item) {
        return model.acceptsAll() ? 1 : model.probability(featurizer.features(document, item));
    }

    /** The same features scored by another model. */
    public Filter<T> withModel(LinearModel other) {
        return new Filter<>(other, featurizer);
    }
}
