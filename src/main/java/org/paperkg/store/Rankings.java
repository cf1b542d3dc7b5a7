package org.paperkg.store;

import java.util.Comparator;
import java.util.List;

/** What every ranking method of a {@link GraphStore} shares: the check on its limit, its order and its cut. */
final class Rankings {
    /** Most subjects first, then IRI order, as {@code ORDER BY DESC(?n) ?o} sorts IRIs. */
    static final Comparator<ObjectCount> ORDER = Comparator.comparingLong(ObjectCount::subjects).reversed()
            .thenComparing(c -> c.object().getURI());

    private Rankings() {
    }

    /**
     * Returns {@code limit} when it is at least 1.
     *
     * @throws IllegalArgumentException when {@code limit} is less than 1
     */
    static int checked(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        return limit;
    }

    /** The first {@code limit} entries of a list in {@link #ORDER}, and every later one tied with the last of them. */
    static List<ObjectCount> withTies(List<ObjectCount> ranked, int limit) {
        if (ranked.size() <= limit) {
            return List.copyOf(ranked);
        }
        long last = ranked.get(limit - 1).subjects();
        int end = limit;
        while (end < ranked.size() && ranked.get(end).subjects() == last) {
            end++;
        }
        return List.copyOf(ranked.subList(0, end));
    }
}
