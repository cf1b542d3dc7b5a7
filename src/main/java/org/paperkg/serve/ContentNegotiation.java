package org.paperkg.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Server-driven content negotiation (RFC 9110 section 12.5.1): picks the offer a client's {@code Accept} header
 * prefers, honouring quality values, wildcards and {@code q=0} (not acceptable).
 *
 * <p>Each offer gets the quality of the most specific range that matches one of its media types
 * ({@code text/turtle} before {@code text/*} before {@code *}{@code /*}); the offer with the highest positive quality wins, ties going to the
 * earlier offer. Jena parses the header; its own {@code AcceptList.match} is not used because it treats
 * {@code q=0} as acceptable.
 *
 * <pre>{@code
 * Optional<Representation> r = ContentNegotiation.choose("text/turtle;q=0.9, application/ld+json", Representation.ALL);
 * }</pre>
 */
public final class ContentNegotiation {
    private ContentNegotiation() {
    }

    /**
     * The preferred offer for an {@code Accept} header; the first offer when the header is missing, blank or
     * unparseable; empty when the client accepts none of the offers (answer 406).
     */
    public static <T extends Negotiable> Optional<T> choose(String accept, List<T> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept.toLowerCase(Locale.ROOT)).entries();
        } catch (RuntimeException e) {
            return offers.stream().findFirst();
        }
        T best = null;
        double bestQ = 0;
        for (T offer : offers) {
            double q = quality(ranges, offer.mediaTypes());
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality of the most specific range matching any of an offer's media types (an exact match beats wildcards). */
    private static double quality(List<MediaRange> ranges, List<String> mediaTypes) {
        int bestSpecificity = -1;
        double q = 0;
        for (String mt : mediaTypes) {
            MediaType type = MediaType.create(mt);
            for (MediaRange r : ranges) {
                if (!r.accepts(type)) {
                    continue;
                }
                int specificity = "*".equals(r.getType()) ? 0 : "*".equals(r.getSubType()) ? 1 : 2;
                if (specificity > bestSpecificity || specificity == bestSpecificity && r.get_q() > q) {
                    bestSpecificity = specificity;
                    q = r.get_q();
                }
            }
        }
        return q;
    }
}
