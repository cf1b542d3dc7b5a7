package org.paperkg.ingest;

import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/** Receives the records a {@link ListingReader} reads: every good listing, and every record it had to reject. */
public interface ListingHandler {

    /** Takes one good listing. */
    void accept(Listing listing);

    /** Takes one rejected record; reading goes on with the next record. */
    void reject(Rejection rejection);
}
