package org.paperkg.extract;

import java.util.List;
import java.util.Objects;

/**
 * What the paper's own artifact is called: the name that "our method", "it" or "the proposed approach" stands for.
 *
 * @param name the preferred surface name, or {@link org.paperkg.model.Claim#PROPOSED} when the paper names nothing
 * @param surfaces every surface of the proposed artifacts (long forms and abbreviations), for spotting them in text
 * @param group the preferred name of each proposed method or model, main one first, for plural phrases such as "these
 *     metrics" that stand for all of them; empty when the paper names nothing
 */
public record Referent(String name, List<String> surfaces, List<String> group) {
    public Referent {
        Objects.requireNonNull(name, "name");
        surfaces = List.copyOf(surfaces);
        group = List.copyOf(group);
    }
}
