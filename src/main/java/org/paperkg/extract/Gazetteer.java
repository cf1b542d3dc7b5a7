package org.paperkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperKey;

/**
 * A dictionary of well-known ML datasets, models, methods, metrics and tasks, looked up by normalised name.
 *
 * <p>Names match after {@link PaperKey#normalize(String)}, with one guard against common words: a surface written
 * all in lower case only matches a name that is itself written in lower case, and a name written in capitals
 * ("MATH", "IS") only matches a surface in capitals.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.bundled();
 * g.lookup("CIFAR10").map(GazetteerEntry::name);   // Optional[CIFAR-10]
 * }</pre>
 */
public final class Gazetteer {
    /** Classpath folder of the bundled lists. */
    public static final String RESOURCE_DIR = "data/gazetteer/";
    /** The bundled list files, in loading order; an earlier file wins a name clash. */
    public static final List<String> BUNDLED_FILES =
            List.of("datasets.tsv", "models.tsv", "methods.tsv", "metrics.tsv", "tasks.tsv");

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** Case flag: one of a key's names is written all in lower case. */
    private static final byte LOWER_NAME = 1;
    /** Case flag: one of a key's names is not {@linkplain #allCaps(CharSequence, int, int) in capitals}. */
    private static final byte MIXED_NAME = 2;
    /** Case flag: one of a key's names is in capitals. */
    private static final byte CAPITALS_NAME = 4;

    private final List<GazetteerEntry> entries;
    private final KeyTrie trie;
    /** Per trie node, the entry whose key ends there, or null. */
    private final GazetteerEntry[] entryByNode;
    /** Per trie node, the case flags of the names whose key ends there. */
    private final byte[] casesByNode;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, GazetteerEntry> keys = new HashMap<>();
        Map<String, List<String>> surfaces = new HashMap<>();
        for (GazetteerEntry e : entries) {
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                String k = Keys.of(n);
                if (k.isEmpty()) {
                    continue;
                }
                keys.putIfAbsent(k, e);
                if (keys.get(k) == e) {
                    surfaces.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
                }
            }
        }
        this.trie = KeyTrie.of(new TreeSet<>(keys.keySet()));
        this.entryByNode = new GazetteerEntry[trie.size()];
        this.casesByNode = new byte[trie.size()];
        keys.forEach((k, e) -> {
            int node = trie.walk(trie.root(), k);
            entryByNode[node] = e;
            casesByNode[node] = cases(surfaces.get(k));
        });
    }

    /** The case flags of a key's names. */
    private static byte cases(List<String> names) {
        byte flags = 0;
        for (String n : names) {
            if (n.equals(n.toLowerCase(Locale.ROOT))) {
                flags |= LOWER_NAME;
            }
            flags |= allCaps(n, 0, n.length()) ? CAPITALS_NAME : MIXED_NAME;
        }
        return flags;
    }

    /** A gazetteer over the given entries. */
    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        return new Gazetteer(new ArrayList<>(entries));
    }

    /**
     * The gazetteer bundled in {@code data/gazetteer/} on the classpath.
     *
     * @throws UncheckedIOException when a bundled list is missing or unreadable
     */
    public static Gazetteer bundled() {
        List<GazetteerEntry> all = new ArrayList<>();
        ClassLoader cl = Gazetteer.class.getClassLoader();
        for (String f : BUNDLED_FILES) {
            try (InputStream in = cl.getResourceAsStream(RESOURCE_DIR + f)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("gazetteer resource missing: " + RESOURCE_DIR + f));
                }
                all.addAll(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Gazetteer(all);
    }

    /**
     * Parses one list in the bundled TSV format: name, type, aliases separated by '|', optional Wikidata id.
     *
     * @param reader the list's text
     * @param source a name for error messages
     * @throws IOException when reading fails
     * @throws IllegalArgumentException when a line is malformed
     */
    public static List<GazetteerEntry> parse(BufferedReader reader, String source) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[0].isBlank()) {
                throw new IllegalArgumentException(source + ":" + n + ": expected"
                        + " name<TAB>type[<TAB>aliases[<TAB>id]]");
            }
            EntityType type = typeOf(cols[1].trim(), source, n);
            List<String> aliases = new ArrayList<>();
            if (cols.length > 2) {
                for (String a : cols[2].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.trim());
                    }
                }
            }
            List<String> iris = new ArrayList<>();
            if (cols.length > 3 && !cols[3].isBlank()) {
                String id = cols[3].trim();
                if (!id.matches("Q[1-9][0-9]*")) {
                    throw new IllegalArgumentException(source + ":" + n + ": not a Wikidata id: " + id);
                }
                iris.add(WIKIDATA + id);
            }
            out.add(new GazetteerEntry(cols[0].trim(), type, aliases, iris));
        }
        return out;
    }

    private static EntityType typeOf(String s, String source, int line) {
        for (EntityType t : EntityType.values()) {
            if (t.field().equals(s + "s") || t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException(source + ":" + line + ": unknown type '" + s + "'");
    }

    /** All entries, in loading order. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry a surface form names, if any (see the class comment for the matching rule). */
    public Optional<GazetteerEntry> lookup(String surface) {
        int node = trie.walk(trie.root(), Keys.of(surface));
        return node < 0 ? Optional.empty() : entryAt(node, surface, 0, surface.length());
    }

    /** The trie node of the empty key, where {@link #step(int, String, int, int)} starts. */
    int root() {
        return trie.root();
    }

    /**
     * The trie node of the key at {@code node} followed by the {@linkplain Keys#of(CharSequence) key} of
     * {@code text[from, to)}, or -1 when no name's key starts that way: lets a caller extend a word sequence one
     * word at a time and stop as soon as it names nothing, without building the joined key.
     */
    int step(int node, String text, int from, int to) {
        int at = node;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return trie.walk(node, Keys.of(text.substring(from, to)));
            }
            char k = Keys.asciiKeyChar(c);
            if (k != 0 && at >= 0) {
                at = trie.next(at, k);
            }
        }
        return at;
    }

    /**
     * The entry whose key ends at a trie node, if the surface {@code text[from, to)} may name it (see the class
     * comment).
     */
    Optional<GazetteerEntry> entryAt(int node, String text, int from, int to) {
        GazetteerEntry e = entryByNode[node];
        return e != null && caseCompatible(casesByNode[node], text, from, to) ? Optional.of(e) : Optional.empty();
    }

    /**
     * Whether a surface may name a key with these case flags: a surface written all in lower case needs a name in
     * lower case; any other surface may name a key with a name not in capitals, and a key with a name in capitals
     * only when it is in capitals itself.
     */
    private static boolean caseCompatible(byte cases, String text, int from, int to) {
        if (lowerCase(text, from, to)) {
            return (cases & LOWER_NAME) != 0;
        }
        return (cases & MIXED_NAME) != 0 || (cases & CAPITALS_NAME) != 0 && allCaps(text, from, to);
    }

    /** Whether {@code text[from, to)} is its own lower case ({@link String#toLowerCase(Locale)}, root locale). */
    private static boolean lowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                String s = text.substring(from, to);
                return s.equals(s.toLowerCase(Locale.ROOT));
            }
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s[from, to)} has two letters or more and every letter is a capital. */
    private static boolean allCaps(CharSequence s, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
