package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCannedQueryCatalog {
    private static final Path REPO_QUERIES = Path.of(CannedQueryCatalog.FOLDER);

    @Test
    void classpathCatalogHoldsEveryFileOfTheQueriesFolder() throws IOException {
        List<String> files;
        try (var stream = Files.list(REPO_QUERIES)) {
            files = stream.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        CannedQueryCatalog catalog = CannedQueryCatalog.fromClasspath();
        assertEquals(files, catalog.names());
        assertEquals(CannedQueryCatalog.fromDirectory(REPO_QUERIES).list(), catalog.list());
    }

    @Test
    void shipsAtLeastFourteenDocumentedQueries() {
        CannedQueryCatalog catalog = CannedQueryCatalog.fromClasspath();
        assertTrue(catalog.list().size() >= 14, "only " + catalog.list().size() + " canned queries");
        for (CannedQuery q : catalog.list()) {
            assertFalse(q.title().isBlank(), q.name());
            assertTrue(q.description().length() > 20, q.name());
        }
    }

    @Test
    void readmeListsEveryQuery() throws IOException {
        String readme = Files.readString(REPO_QUERIES.resolve("README.md"));
        for (CannedQuery q : CannedQueryCatalog.fromClasspath().list()) {
            assertTrue(readme.contains("| `" + q.name() + "` |"), q.name() + " is missing from queries/README.md");
        }
    }

    @Test
    void getFindsByNameAndIsEmptyForUnknownNames() {
        CannedQueryCatalog catalog = CannedQueryCatalog.fromClasspath();
        assertEquals("what-outperforms", catalog.get("what-outperforms").orElseThrow().name());
        assertTrue(catalog.get("no-such-query").isEmpty());
        assertTrue(catalog.get("../pom").isEmpty());
    }

    @Test
    void listIsSortedByName() {
        List<String> names = CannedQueryCatalog.fromClasspath().names();
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void directoryCatalogReadsOnlyRqFilesAndNamesTheBadFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ok-query.rq"), "# title: T\n# description: D\nSELECT * { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        assertEquals(List.of("ok-query"), CannedQueryCatalog.fromDirectory(dir).names());

        Files.writeString(dir.resolve("broken.rq"), "# title: T\n# description: D\nSELECT * { ?s ?p \n");
        CannedQueryFormatException e = assertThrows(CannedQueryFormatException.class,
                () -> CannedQueryCatalog.fromDirectory(dir));
        assertTrue(e.getMessage().contains("broken.rq:"), e.getMessage());
    }

    @Test
    void readsQueriesFromAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("q.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jout = new JarOutputStream(out)) {
            jout.putNextEntry(new JarEntry("queries/in-jar.rq"));
            jout.write("# title: T\n# description: D\nSELECT * { ?s ?p ?o }\n".getBytes(StandardCharsets.UTF_8));
            jout.putNextEntry(new JarEntry("queries/sub/nested.rq"));
            jout.write("not even SPARQL".getBytes(StandardCharsets.UTF_8));
            jout.putNextEntry(new JarEntry("other/elsewhere.rq"));
            jout.write("not even SPARQL".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("in-jar"), CannedQueryCatalog.fromJarFile(jar).names());
    }

    @Test
    void rejectsDuplicateNames() {
        CannedQuery q = CannedQuery.parse("a.rq", "# title: T\n# description: D\nSELECT * { ?s ?p ?o }\n");
        assertThrows(IllegalArgumentException.class, () -> CannedQueryCatalog.of(List.of(q, q)));
    }
}
