package org.paperkg.model;

import java.util.Objects;

/**
 * An input record that could not be read, with where it was and why.
 *
 * @param source the file or URL
 * @param record the 1-based line or record number, 0 when the whole source failed
 * @param reason a short human-readable reason
 */
public record Rejection(String source, long record, String reason) {
    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for an error report: {@code file:record: reason}. */
    @Override
    public String toString() {
        return record > 0 ? source + ":" + record + ": " + reason : source + ": " + reason;
    }
}
