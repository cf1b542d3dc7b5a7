package org.paperkg.eval;

import java.util.Optional;
import org.paperkg.model.EntityType;

/**
 * A scored field of an extraction: the five entity lists, models and methods pooled, proposed names, claims and
 * code links, plus {@link #CLAIMS_LOOSE}, a diagnostic that tells claims found with a differently bounded object
 * apart from claims not found at all.
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
    /**
     * Claims matched on relation and subject as for {@link #CLAIMS}, their objects matching when one normalised
     * object contains the other ("state-of-the-art" and "state-of-the-art results"). Not a target of the guide;
     * the gap to {@link #CLAIMS} is the share of claims lost to object boundaries alone.
     */
    CLAIMS_LOOSE("claims-loose"),
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
            case MODELS_METHODS, PROPOSED, CLAIMS, CLAIMS_LOOSE, CODE -> Optional.empty();
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
