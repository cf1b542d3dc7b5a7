package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/** A handler that keeps everything it is given, for assertions. */
final class Collected implements ListingHandler {
    final List<Listing> listings = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(Listing listing) {
        listings.add(listing);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }
}
