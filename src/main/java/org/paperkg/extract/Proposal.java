package org.paperkg.extract;

import java.util.Objects;
import org.paperkg.model.EntityType;

/**
 * A name the paper itself introduces, with the type the text gives it.
 *
 * @param name the name as written
 * @param type dataset for a released dataset or benchmark, model for a released model, else method
 */
public record Proposal(String name, EntityType type) {
    public Proposal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
