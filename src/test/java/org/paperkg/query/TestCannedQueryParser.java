package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestCannedQueryParser {
    private static final String BODY = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "SELECT ?e WHERE { { ?e skos:prefLabel ?name } UNION { ?e skos:notation ?nameKey } "
            + "?e skos:note ?n FILTER (?n >= ?min && ?n < ?ratio) }\n"
            + "LIMIT 25\n";

    private static final String GOOD = "# title: Find things\n"
            + "# description: Things whose label is the name,\n"
            + "#   described over two lines.\n"
            + "#\n"
            + "# param: name = Stable Diffusion — the label to look for; dashes - and = signs are fine here\n"
            + "#   and so is a continuation.\n"
            + "# param: min = 3 — smallest note\n"
            + "# param: ratio = 0.5 — a ratio\n"
            + "# param: limit = 25 — maximum number of rows\n"
            + BODY;

    @Test
    void parsesTheHeader() {
        CannedQuery q = CannedQuery.parse("some/dir/find-things.rq", GOOD);
        assertEquals("find-things", q.name());
        assertEquals("Find things", q.title());
        assertEquals("Things whose label is the name, described over two lines.", q.description());
        assertEquals(List.of(
                new CannedQuery.Param("name", "Stable Diffusion",
                        "the label to look for; dashes - and = signs are fine here and so is a continuation."),
                new CannedQuery.Param("min", "3", "smallest note"),
                new CannedQuery.Param("ratio", "0.5", "a ratio"),
                new CannedQuery.Param("limit", "25", "maximum number of rows")), q.params());
        assertEquals(GOOD, q.sparql());
    }

    @Test
    void infersParameterKindsFromDefaults() {
        CannedQuery q = CannedQuery.parse("find-things.rq", GOOD);
        assertEquals(ParamKind.TEXT, q.param("name").orElseThrow().kind());
        assertEquals(ParamKind.INTEGER, q.param("min").orElseThrow().kind());
        assertEquals(ParamKind.DECIMAL, q.param("ratio").orElseThrow().kind());
        assertTrue(q.param("limit").orElseThrow().isLimit());
        assertTrue(q.param("nope").isEmpty());
    }

    @Test
    void acceptsWindowsLineEnds() {
        CannedQuery q = CannedQuery.parse("find-things.rq", GOOD.replace("\n", "\r\n"));
        assertEquals("Things whose label is the name, described over two lines.", q.description());
        assertEquals(4, q.params().size());
    }

    private static CannedQueryFormatException fails(String text) {
        return assertThrows(CannedQueryFormatException.class, () -> CannedQuery.parse("q/bad-query.rq", text));
    }

    private static void assertError(CannedQueryFormatException e, int line, String fragment) {
        assertEquals("q/bad-query.rq", e.origin());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("q/bad-query.rq:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void firstLineMustBeTheTitle() {
        assertError(fails("# description: D\n# title: T\nSELECT * {}\n"), 1, "must start with a '# title:' line");
        assertError(fails("\n# title: T\n# description: D\nSELECT * {}\n"), 1, "must start with a '# title:' line");
    }

    @Test
    void descriptionIsRequiredOnce() {
        assertError(fails("# title: T\nSELECT * {}\n"), 1, "missing '# description:'");
        assertError(fails("# title: T\n# description: D\n# description: E\nSELECT * {}\n"), 3,
                "second '# description:' line (the first is on line 2)");
        assertError(fails("# title: T\n# title: U\n"), 2, "second '# title:'");
    }

    @Test
    void unknownHeaderLinesAreNamedByLine() {
        assertError(fails("# title: T\n# description: D\n# author: me\nSELECT * {}\n"), 3, "unrecognised header line");
        assertError(fails("# title: T\n# description: D\n# a stray remark\nSELECT * {}\n"), 3,
                "unrecognised header line");
    }

    @Test
    void continuationMustFollowAField() {
        assertError(fails("# title: T\n# description: D\n#\n#   floating\nSELECT * {}\n"), 4,
                "continuation line does not follow");
    }

    @Test
    void malformedParameters() {
        String head = "# title: T\n# description: D\n";
        assertError(fails(head + "# param: name = Adam - uses a hyphen\nSELECT * { ?s ?p ?name }\n"), 3,
                "em dash");
        assertError(fails(head + "# param: name Adam — no equals\nSELECT * { ?s ?p ?name }\n"), 3,
                "NAME = DEFAULT — DESCRIPTION");
        assertError(fails(head + "# param: 1name = Adam — starts with a digit\nSELECT * { ?s ?p ?name }\n"), 3,
                "NAME = DEFAULT — DESCRIPTION");
        assertError(fails(head + "# param: name = — no default\nSELECT * { ?s ?p ?name }\n"), 3, "no default");
        assertError(fails(head + "# param: name = a — one\n# param: name = b — two\nSELECT * { ?s ?p ?name }\n"), 4,
                "declared twice");
    }

    @Test
    void parametersMustBeUsed() {
        String head = "# title: T\n# description: D\n";
        assertError(fails(head + "# param: name = Adam — x\nSELECT * { ?s ?p ?names }\n"), 3,
                "parameter 'name' is not used");
        assertError(fails(head + "# param: min = 3 — x\nSELECT * { ?s ?p ?minKey }\n"), 3,
                "parameter 'min' is not used");
        CannedQuery keyOnly = CannedQuery.parse("key-only.rq", head + "# param: name = Adam — x\nSELECT * { ?s ?p ?nameKey }\n");
        assertEquals("name", keyOnly.params().get(0).name());
    }

    @Test
    void textParameterKeyMustNotClash() {
        String head = "# title: T\n# description: D\n";
        assertError(fails(head + "# param: name = Adam — x\n# param: nameKey = b — y\nSELECT * { ?s ?name ?nameKey }\n"),
                3, "clashes");
    }

    @Test
    void limitParameterMustMatchTheLimitClause() {
        String head = "# title: T\n# description: D\n";
        assertError(fails(head + "# param: limit = 10 — rows\nSELECT * { ?s ?p ?o }\n"), 3, "must end with a LIMIT");
        assertError(fails(head + "# param: limit = 10 — rows\nSELECT * { ?s ?p ?o } LIMIT 20\n"), 3,
                "differs from the query's LIMIT 20");
        assertError(fails(head + "# param: limit = ten — rows\nSELECT * { ?s ?p ?o } LIMIT 10\n"), 3,
                "positive integer");
        assertError(fails(head + "# param: limit = 0 — rows\nSELECT * { ?s ?p ?o } LIMIT 0\n"), 3,
                "positive integer");
        assertError(fails(head + "SELECT * { ?s ?p ?limit }\n"), 3, "?limit is reserved");
    }

    @Test
    void sparqlSyntaxErrorsPointAtTheFileLine() {
        String text = "# title: T\n# description: D\nPREFIX x: <http://x/>\nSELECT * WHERE {\n  ?s ?p \n}\n";
        CannedQueryFormatException e = fails(text);
        assertTrue(e.line() >= 5, e.getMessage());
        assertTrue(e.getMessage().contains("SPARQL syntax error"), e.getMessage());
    }

    @Test
    void onlySelectQueries() {
        assertError(fails("# title: T\n# description: D\nASK { ?s ?p ?o }\n"), 1, "must be a SELECT query");
        assertError(fails("# title: T\n# description: D\nDROP ALL\n"), 3, "SPARQL syntax error");
    }

    @Test
    void fileNameMustBeKebabCaseRq() {
        String ok = "# title: T\n# description: D\nSELECT * { ?s ?p ?o }\n";
        CannedQueryFormatException notKebab = assertThrows(CannedQueryFormatException.class,
                () -> CannedQuery.parse("Bad_Name.rq", ok));
        assertTrue(notKebab.getMessage().contains("kebab-case"), notKebab.getMessage());
        assertThrows(CannedQueryFormatException.class, () -> CannedQuery.parse("q.sparql", ok));
        assertThrows(CannedQueryFormatException.class, () -> CannedQuery.parse("double--hyphen.rq", ok));
        assertEquals("top-10-papers", CannedQuery.parse("C:\\queries\\top-10-papers.rq", ok).name());
    }
}
