package org.paperkg.model;

import java.util.Locale;

/** The comparison a claim states between its subject and its object. */
public enum Relation {
    OUTPERFORMS,
    COMPARABLE,
    UNDERPERFORMS;

    /** The name used in JSON and in the ontology, e.g. {@code "outperforms"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The relation with the roles of subject and object swapped. */
    public Relation inverse() {
        return switch (this) {
            case OUTPERFORMS -> UNDERPERFORMS;
            case UNDERPERFORMS -> OUTPERFORMS;
            case COMPARABLE -> COMPARABLE;
        };
    }

    /**
     * Parses a label such as {@code "outperforms"}.
     *
     * @throws IllegalArgumentException when the label names no relation
     */
    public static Relation fromLabel(String label) {
        for (Relation r : values()) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation '" + label + "' (expected outperforms, comparable or underperforms)");
    }
}
