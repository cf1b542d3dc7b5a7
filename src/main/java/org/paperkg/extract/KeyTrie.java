package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A character trie over a set of keys, for extending a key one character at a time without building strings.
 *
 * <p>Nodes are ints: {@link #root()} is the empty key, {@link #next(int, char)} follows one character and gives -1
 * when no key continues that way, and {@link #key(int)} says whether a whole key ends at a node. The trie is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * KeyTrie t = KeyTrie.of(List.of("bert", "bleu"));
 * int n = t.next(t.next(t.root(), 'b'), 'e');   // a node: "be" starts "bert"
 * t.key(t.next(n, 'r'));                         // Optional.empty: "ber" is no key
 * }</pre>
 */
final class KeyTrie {
    /** Per node, where its children start in {@link #labels}; the node after it says where they end. */
    private final int[] firstChild;
    /** The characters that lead to children, sorted within each node. */
    private final char[] labels;
    /** The child each label leads to. */
    private final int[] targets;
    /** Per node, the key that ends there, or null. */
    private final String[] keys;

    private KeyTrie(int[] firstChild, char[] labels, int[] targets, String[] keys) {
        this.firstChild = firstChild;
        this.labels = labels;
        this.targets = targets;
        this.keys = keys;
    }

    /**
     * The trie of some keys.
     *
     * @throws IllegalArgumentException when a key is empty
     */
    static KeyTrie of(Collection<String> keys) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        children.add(new TreeMap<>());
        ends.add(null);
        for (String k : keys) {
            if (k.isEmpty()) {
                throw new IllegalArgumentException("a trie key must not be empty");
            }
            int at = 0;
            for (int i = 0; i < k.length(); i++) {
                Integer child = children.get(at).get(k.charAt(i));
                if (child == null) {
                    child = children.size();
                    children.add(new TreeMap<>());
                    ends.add(null);
                    children.get(at).put(k.charAt(i), child);
                }
                at = child;
            }
            ends.set(at, k);
        }
        int nodes = children.size();
        int[] first = new int[nodes + 1];
        char[] labels = new char[nodes - 1];
        int[] targets = new int[nodes - 1];
        int pos = 0;
        for (int n = 0; n < nodes; n++) {
            first[n] = pos;
            for (var e : children.get(n).entrySet()) {
                labels[pos] = e.getKey();
                targets[pos] = e.getValue();
                pos++;
            }
        }
        first[nodes] = pos;
        return new KeyTrie(first, labels, targets, ends.toArray(new String[0]));
    }

    /** The number of nodes: every node is an int from 0 (the root) to {@code size() - 1}. */
    int size() {
        return keys.length;
    }

    /** The node of the empty key. */
    int root() {
        return 0;
    }

    /** The node of the key at {@code node} followed by {@code c}, or -1 when no key starts that way. */
    int next(int node, char c) {
        int lo = firstChild[node];
        int hi = firstChild[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = labels[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return targets[mid];
            }
        }
        return -1;
    }

    /** The node of the key at {@code node} followed by {@code more}, or -1 when no key starts that way. */
    int walk(int node, CharSequence more) {
        int at = node;
        for (int i = 0; i < more.length() && at >= 0; i++) {
            at = next(at, more.charAt(i));
        }
        return at;
    }

    /** The key that ends at a node, if one does. */
    Optional<String> key(int node) {
        return Optional.ofNullable(keys[node]);
    }
}
