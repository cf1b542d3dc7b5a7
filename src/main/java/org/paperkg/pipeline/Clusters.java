package org.paperkg.pipeline;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Disjoint sets of values joined pairwise (union-find): the papers that share an arXiv identifier or a title. The
 * root of a set is its smallest value, so it does not depend on the order of the joins; lookups compress paths.
 * Not thread-safe.
 *
 * @param <T> the values
 */
final class Clusters<T extends Comparable<T>> {
    private final Map<T, T> parent = new HashMap<>();

    /** Puts two values in one set. */
    void join(T a, T b) {
        T ra = root(a);
        T rb = root(b);
        int order = ra.compareTo(rb);
        if (order != 0) {
            parent.put(order < 0 ? rb : ra, order < 0 ? ra : rb);
        }
    }

    /** The root of a value's set: the value itself when it was never joined under another. */
    T root(T value) {
        T root = value;
        for (T up = parent.get(root); up != null; up = parent.get(root)) {
            root = up;
        }
        T cur = value;
        while (!cur.equals(root)) {
            T next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    /** The values joined under another, whose sets' roots are elsewhere. */
    Set<T> joinedUnderOthers() {
        return Collections.unmodifiableSet(parent.keySet());
    }
}
