package org.paperkg.extract;

import java.util.Optional;
import org.paperkg.model.EntityType;

/**
 * The BIO label of one token for the {@link MentionTagger}: outside any name, or the beginning or inside of a dataset,
 * model or method name.
 */
public enum MentionLabel {
    O(Optional.empty(), false),
    B_DATASET(Optional.of(EntityType.DATASET), true),
    I_DATASET(Optional.of(EntityType.DATASET), false),
    B_MODEL(Optional.of(EntityType.MODEL), true),
    I_MODEL(Optional.of(EntityType.MODEL), false),
    B_METHOD(Optional.of(EntityType.METHOD), true),
    I_METHOD(Optional.of(EntityType.METHOD), false);

    private final Optional<EntityType> type;
    private final boolean begins;

    MentionLabel(Optional<EntityType> type, boolean begins) {
        this.type = type;
        this.begins = begins;
    }

    /** The type of the name this token belongs to; empty for {@link #O}. */
    public Optional<EntityType> type() {
        return type;
    }

    /** Whether this token starts a name. */
    public boolean begins() {
        return begins;
    }

    /** Whether this token continues a name that an earlier token started. */
    public boolean continues() {
        return type.isPresent() && !begins;
    }

    /**
     * The label of the first token of a name of a type.
     *
     * @throws IllegalArgumentException when the tagger does not tag names of the type (tasks, metrics)
     */
    public static MentionLabel begin(EntityType type) {
        return switch (type) {
            case DATASET -> B_DATASET;
            case MODEL -> B_MODEL;
            case METHOD -> B_METHOD;
            case TASK, METRIC -> throw new IllegalArgumentException("the tagger tags no " + type.field());
        };
    }

    /**
     * The label of a later token of a name of a type.
     *
     * @throws IllegalArgumentException when the tagger does not tag names of the type (tasks, metrics)
     */
    public static MentionLabel inside(EntityType type) {
        return switch (type) {
            case DATASET -> I_DATASET;
            case MODEL -> I_MODEL;
            case METHOD -> I_METHOD;
            case TASK, METRIC -> throw new IllegalArgumentException("the tagger tags no " + type.field());
        };
    }

    /** Whether a token labelled this way may follow one labelled {@code previous}: "I-X" only after "B-X", "I-X". */
    public boolean mayFollow(MentionLabel previous) {
        return !continues() || previous.type().equals(type);
    }
}
