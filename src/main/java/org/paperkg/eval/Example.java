package org.paperkg.eval;

import java.util.Map;
import java.util.Objects;

/**
 * One labelled training example of a learned filter: the features of an item the rules produced and whether the
 * gold set lists that item.
 *
 * @param features the item's features by name
 * @param positive whether the item is right by the gold set
 */
public record Example(Map<String, Double> features, boolean positive) {

    public Example {
        features = Map.copyOf(Objects.requireNonNull(features, "features"));
    }
}
