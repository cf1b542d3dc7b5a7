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

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byKey;
    private final Map<String, List<String>> surfacesByKey;
    private final KeyTrie trie;

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
        this.byKey = Map.copyOf(keys);
        Map<String, List<String>> frozen = new HashMap<>();
        surfaces.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.surfacesByKey = Map.copyOf(frozen);
        this.trie = KeyTrie.of(new TreeSet<>(keys.keySet()));
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
        return lookupKey(Keys.of(surface), surface);
    }

    Optional<GazetteerEntry> lookupKey(String key, String surface) {
        GazetteerEntry e = byKey.get(key);
        if (e == null) {
            return Optional.empty();
        }
        for (String v : surfacesByKey.get(key)) {
            if (caseCompatible(v, surface)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
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
     * comment); the surface is cut out only when a key ends there.
     */
    Optional<GazetteerEntry> entryAt(int node, String text, int from, int to) {
        Optional<String> key = trie.key(node);
        return key.isPresent() ? lookupKey(key.get(), text.substring(from, to)) : Optional.empty();
    }

    private static boolean caseCompatible(String name, String surface) {
        boolean surfaceLower = surface.equals(surface.toLowerCase(Locale.ROOT));
        if (surfaceLower) {
            return name.equals(name.toLowerCase(Locale.ROOT));
        }
        if (allCaps(name)) {
            return allCaps(surface);
        }
        return true;
    }

    private static boolean allCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
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
