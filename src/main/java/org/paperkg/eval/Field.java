package org.paperkg.eval;

import java.util.Optional;
import org.paperkg.model.EntityType;

/**
 * A scored field of an extraction: the five entity lists, models and methods pooled, proposed names, claims and
 * code links.
 */
public enum Field {
    DATASETS("datasets"),
    MODELS("models"),
    METHODS("methods"),
    TASKS("tasks"),
    METRICS("metrics"),
    MODELS_METHODS("models+methods"),
    PROPOSED("proposed"),
    CLAIMS("claims"),
    CODE("code");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** The name of this field in reports, e.g. {@code "datasets"} or {@code "models+methods"}. */
    public String label() {
        return label;
    }

    /** The entity type this field scores, or empty for the pooled and non-entity fields. */
    public Optional<EntityType> entityType() {
        return switch (this) {
            case DATASETS -> Optional.of(EntityType.DATASET);
            case MODELS -> Optional.of(EntityType.MODEL);
            case METHODS -> Optional.of(EntityType.METHOD);
            case TASKS -> Optional.of(EntityType.TASK);
            case METRICS -> Optional.of(EntityType.METRIC);
            case MODELS_METHODS, PROPOSED, CLAIMS, CODE -> Optional.empty();
        };
    }

    /** The field scoring one entity type. */
    public static Field of(EntityType type) {
        return switch (type) {
            case DATASET -> DATASETS;
            case MODEL -> MODELS;
            case METHOD -> METHODS;
            case TASK -> TASKS;
            case METRIC -> METRICS;
        };
    }
}
