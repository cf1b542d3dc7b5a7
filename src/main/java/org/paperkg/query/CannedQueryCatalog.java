package org.paperkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The set of canned queries, by name.
 *
 * <p>The queries ship in {@code queries/*.rq} at the repository root, which the build copies into the jar (and into
 * {@code target/classes}) under {@code queries/}. {@link #fromClasspath()} finds them next to this class, whether it
 * runs from a folder of classes or from a jar; {@link #fromDirectory(Path)} reads a folder of {@code .rq} files.
 *
 * <p>Example: {@code CannedQueryCatalog.fromClasspath().get("papers-per-task").ifPresent(...)}
 */
public final class CannedQueryCatalog {
    /** The folder, on the classpath and in the repository, that holds the canned queries. */
    public static final String FOLDER = "queries";
    private static final String SUFFIX = ".rq";

    private final Map<String, CannedQuery> byName;

    private CannedQueryCatalog(Map<String, CannedQuery> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * A catalogue of the given queries.
     *
     * @throws IllegalArgumentException when two queries share a name
     */
    public static CannedQueryCatalog of(Collection<CannedQuery> queries) {
        Map<String, CannedQuery> byName = new TreeMap<>();
        for (CannedQuery q : queries) {
            if (byName.put(q.name(), q) != null) {
                throw new IllegalArgumentException("two canned queries are named '" + q.name() + "'");
            }
        }
        return new CannedQueryCatalog(byName);
    }

    /**
     * Loads every {@code *.rq} file in a folder (not its sub-folders).
     *
     * @throws CannedQueryFormatException when a file is malformed
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static CannedQueryCatalog fromDirectory(Path directory) {
        List<CannedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                queries.add(CannedQuery.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read canned queries from " + directory, e);
        }
        return of(queries);
    }

    /**
     * Loads the canned queries that ship with paperkg, from the {@code queries/} folder of the jar or classes folder
     * that holds this class.
     *
     * @throws CannedQueryFormatException when a file is malformed
     * @throws IllegalStateException when no queries are found there
     */
    public static CannedQueryCatalog fromClasspath() {
        CodeSource source = CannedQueryCatalog.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot locate the classes of paperkg to load its canned queries");
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate canned queries at " + source.getLocation(), e);
        }
        CannedQueryCatalog catalog = Files.isDirectory(location)
                ? fromDirectory(location.resolve(FOLDER))
                : fromJarFile(location);
        if (catalog.list().isEmpty()) {
            throw new IllegalStateException("no canned queries in " + location + " under " + FOLDER + "/");
        }
        return catalog;
    }

    /**
     * Loads the {@code *.rq} entries directly under {@code queries/} in a jar file.
     *
     * @throws CannedQueryFormatException when an entry is malformed
     * @throws UncheckedIOException when the jar cannot be read
     */
    public static CannedQueryCatalog fromJarFile(Path jarPath) {
        List<CannedQuery> queries = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(FOLDER + "/") && name.endsWith(SUFFIX)
                        && name.indexOf('/', FOLDER.length() + 1) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        queries.add(CannedQuery.parse(jarPath + "!/" + name, text));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read canned queries from " + jarPath, e);
        }
        return of(queries);
    }

    /** All queries, sorted by name. */
    public List<CannedQuery> list() {
        return List.copyOf(byName.values());
    }

    /** The names of all queries, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The query with this name. */
    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
