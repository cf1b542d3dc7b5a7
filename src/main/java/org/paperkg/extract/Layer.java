package org.paperkg.extract;

import java.util.Objects;

/**
 * A typed key for one kind of annotation a {@link Stage} adds to a {@link Document}, such as the sentence list.
 *
 * <p>Layers compare by identity; the constants in {@link Layers} are the ones the rule pipeline uses.
 *
 * @param <T> the type of the annotation value
 */
public final class Layer<T> {
    private final String name;
    private final Class<?> valueType;

    /**
     * Creates a layer key.
     *
     * @param name a short name for messages, e.g. "sentences"
     * @param valueType the runtime class of the values stored under this key
     */
    public Layer(String name, Class<?> valueType) {
        this.name = Objects.requireNonNull(name, "name");
        this.valueType = Objects.requireNonNull(valueType, "valueType");
    }

    /** The layer's name. */
    public String name() {
        return name;
    }

    /** Casts a stored value to this layer's type after checking its class. */
    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (!valueType.isInstance(value)) {
            throw new IllegalStateException("layer " + name + " holds a " + value.getClass().getName());
        }
        return (T) value;
    }

    @Override
    public String toString() {
        return name;
    }
}
