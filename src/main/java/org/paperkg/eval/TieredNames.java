package org.paperkg.eval;

import java.util.List;

/**
 * The gold names of one entity field of one paper, in the annotation guide's two tiers.
 *
 * <p>A system must find every core name (recall counts only these); predicting an optional name is neither
 * rewarded in recall nor penalised in precision.
 *
 * @param core clear proper names a system must find
 * @param optional borderline names a system may report without penalty
 */
public record TieredNames(List<String> core, List<String> optional) {

    /** No names in either tier. */
    public static final TieredNames EMPTY = new TieredNames(List.of(), List.of());

    public TieredNames {
        core = List.copyOf(core);
        optional = List.copyOf(optional);
    }
}
