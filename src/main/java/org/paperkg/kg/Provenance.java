package org.paperkg.kg;

import java.time.Instant;
import java.util.Objects;

/**
 * Who produced the mapped claims and mentions, and when: the extractor's version and the time of the build.
 *
 * @param extractorVersion the extractor's version, 1 to 64 characters of [A-Za-z0-9._~+-], e.g. "0.1.0"
 * @param generatedAt when the build extracted the data; written as {@code prov:generatedAtTime}
 */
public record Provenance(String extractorVersion, Instant generatedAt) {
    public Provenance {
        IriMinter.checkVersion(extractorVersion);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
