package org.paperkg.model;

/**
 * The kinds of named entity the extractor finds in an abstract.
 *
 * <p>{@link #field()} is the name of the matching list in the extraction JSON Lines schema and in gold files.
 */
public enum EntityType {
    DATASET("datasets", "Dataset"),
    MODEL("models", "Model"),
    METHOD("methods", "Method"),
    TASK("tasks", "Task"),
    METRIC("metrics", "Metric");

    private final String field;
    private final String className;

    EntityType(String field, String className) {
        this.field = field;
        this.className = className;
    }

    /** The JSON field that lists entities of this type, e.g. {@code "datasets"}. */
    public String field() {
        return field;
    }

    /** The local name of the ontology class for this type, e.g. {@code "Dataset"}. */
    public String className() {
        return className;
    }
}
