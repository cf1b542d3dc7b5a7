package org.paperkg.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One paper's title and abstract together with the annotation layers that pipeline stages add to it.
 *
 * <p>A document is confined to the thread that runs the pipeline over it. Each layer is written once: a stage
 * that tries to overwrite a layer, or reads one that no earlier stage provided, gets an
 * {@link IllegalStateException}.
 */
public final class Document {
    private final String title;
    private final String abstractText;
    private final Map<Layer<?>, Object> layers = new IdentityHashMap<>();

    /**
     * Creates a document with no annotations yet.
     *
     * @param title the paper title
     * @param abstractText the abstract
     */
    public Document(String title, String abstractText) {
        this.title = Objects.requireNonNull(title, "title");
        this.abstractText = Objects.requireNonNull(abstractText, "abstractText");
    }

    /** The paper title. */
    public String title() {
        return title;
    }

    /** The abstract. */
    public String abstractText() {
        return abstractText;
    }

    /** The text of one section, which sentence and token offsets refer to. */
    public String text(Section section) {
        return section == Section.TITLE ? title : abstractText;
    }

    /** Whether a layer has been added. */
    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /**
     * The value of a layer.
     *
     * @throws IllegalStateException when no stage has provided the layer
     */
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null) {
            throw new IllegalStateException("layer '" + layer + "' has not been provided");
        }
        return layer.cast(v);
    }

    /**
     * Adds a layer.
     *
     * @throws IllegalStateException when the layer is already present
     */
    public <T> void put(Layer<T> layer, T value) {
        Objects.requireNonNull(value, "value");
        if (layers.putIfAbsent(layer, layer.cast(value)) != null) {
            throw new IllegalStateException("layer '" + layer + "' is already provided");
        }
    }
}
