package org.paperkg.extract;

import java.util.Map;

/**
 * A function from one item the rules produced to the named features a {@link LinearModel} scores.
 *
 * <p>Feature names are short, stable strings ("shape.camel", "cue.prev=propose"); binary features have the value 1.0
 * and counts are scaled to stay near [0, 3]. Features describe shape, context and evidence, never the identity of a
 * name, so that a model trained on a few hundred abstracts carries over to unseen ones. Implementations are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Featurizer<Claim> f = new ClaimFeatures();
 * Map<String, Double> x = f.features(document, claim);
 * }</pre>
 *
 * @param <T> the kind of item
 */
@FunctionalInterface
public interface Featurizer<T> {

    /** The features of one item of a document that the rule pipeline has annotated. */
    Map<String, Double> features(Document document, T item);
}
