package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.query.QueryFixture.rows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TestQueryRunner {
    /** Values that change the query's meaning if pasted into its text; bound as literals they match nothing. */
    private static final List<String> INJECTIONS = List.of(
            "Adam\" } ; DROP ALL ; #",
            "?x",
            "Lion\" } UNION { ?entity ?p ?o } #",
            "Lion' || true || '",
            "\"\"\" } } SELECT * WHERE { ?s ?p ?o } #",
            "<http://127.0.0.1:3030/entity/lion>",
            "ent:lion",
            "*",
            "Lion\\\" . ?entity ?p ?o . #",
            "\u0000\n\r\t}{");

    private static Dataset dataset;
    private static CannedQueryCatalog catalog;

    @BeforeAll
    static void load() {
        dataset = QueryFixture.load();
        catalog = CannedQueryCatalog.fromClasspath();
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    private static CannedQuery query(String name) {
        return catalog.get(name).orElseThrow();
    }

    private static long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (var it = dataset.asDatasetGraph().find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    @Test
    void injectionThroughAnyTextParameterIsAPlainLiteral() {
        QueryRunner runner = QueryRunner.builder(dataset).build();
        long before = quadCount();
        int runs = 0;
        for (CannedQuery q : catalog.list()) {
            for (CannedQuery.Param p : q.params()) {
                if (p.kind() != ParamKind.TEXT) {
                    continue;
                }
                for (String attack : INJECTIONS) {
                    QueryResult result = runner.select(new Bindings(q, Map.of(p.name(), attack)));
                    assertEquals(0, result.size(), q.name() + " with " + p.name() + " = " + attack);
                    runs++;
                }
            }
        }
        assertTrue(runs >= 10 * INJECTIONS.size(), "only " + runs + " injection runs");
        assertEquals(before, quadCount());
    }

    @Test
    void theSameQueriesFindTheEntityByItsRealName() {
        QueryRunner runner = QueryRunner.builder(dataset).build();
        assertEquals(List.of(List.of("Adam")), rows(runner.select(new Bindings(query("what-outperforms"),
                Map.of("name", "Lion"))), "winnerLabel"));
    }

    @Test
    void limitParameterIsAppliedAndCappedByTheRunner() {
        CannedQuery aliases = query("entity-aliases");
        QueryRunner runner = QueryRunner.builder(dataset).maxRows(3).build();
        assertEquals(3, runner.maxRows());
        assertEquals(3, runner.select(Bindings.defaults(aliases)).size());
        assertEquals(3, runner.select(new Bindings(aliases, Map.of("limit", "1000000"))).size());
        assertEquals(List.of(List.of("ADAM"), List.of("CIFAR10")),
                rows(runner.select(new Bindings(aliases, Map.of("limit", "2"))), "alias"));
        assertEquals(7, QueryRunner.builder(dataset).build().select(Bindings.defaults(aliases)).size());
    }

    @Test
    void limitParameterAlsoSetsRankedSubSelectsWithTheDefaultLimit() {
        CannedQuery ranked = CannedQuery.parse("ranked.rq", "# title: T\n# description: D\n"
                + "# param: limit = 1 — rows\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?alias ?other WHERE {\n"
                + "  { SELECT ?alias WHERE { ?e skos:altLabel ?alias } ORDER BY ?alias LIMIT 1 }\n"
                + "  { SELECT ?other WHERE { ?o skos:altLabel ?other } ORDER BY ?other LIMIT 2 }\n"
                + "} ORDER BY ?alias ?other LIMIT 1\n");
        QueryRunner runner = QueryRunner.builder(dataset).build();
        assertEquals(List.of(List.of("ADAM", "ADAM")), rows(runner.select(Bindings.defaults(ranked)), "alias", "other"));
        // limit=3 raises the outer LIMIT and the sub-select that shares the default, not the one with LIMIT 2
        assertEquals(List.of(List.of("ADAM", "ADAM"), List.of("ADAM", "CIFAR10"), List.of("CIFAR10", "ADAM")),
                rows(runner.select(new Bindings(ranked, Map.of("limit", "3"))), "alias", "other"));
    }

    @Test
    void theLimitParameterReachesRankedSubSelectsOfTheQuerySentElsewhere() {
        Query q = QueryRunner.limited(Bindings.parse(query("papers-per-task"), List.of("limit=70")), 10_000);
        assertEquals(70, q.getLimit());
        assertTrue(q.serialize().replaceAll("\\s+", " ").contains("ORDER BY ?rank LIMIT 70 }"), q.serialize());
        assertEquals(10_000, QueryRunner.limited(Bindings.parse(query("papers-per-task"), List.of("limit=99999")),
                10_000).getLimit());
    }

    @Test
    void queriesWithoutLimitAreCappedToo() {
        CannedQuery summary = query("graph-summary");
        assertEquals(2, QueryRunner.builder(dataset).maxRows(2).build().select(Bindings.defaults(summary)).size());
    }

    @Test
    void unionDefaultGraphIsUsedEvenWhenTheDatasetDoesNotSetIt() {
        Dataset plain = QueryFixture.loadPlain();
        try {
            QueryResult result = QueryRunner.builder(plain).build().select(Bindings.defaults(query("most-used-datasets")));
            assertEquals(List.of(List.of("CIFAR-10", "4"), List.of("ImageNet", "2")),
                    rows(result, "datasetLabel", "papers"));
        } finally {
            plain.close();
        }
    }

    private static String write(ResultFormat format, String name, List<String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.builder(dataset).build().run(Bindings.parse(query(name), params), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesCsvAndTsv() {
        assertEquals("winner,winnerLabel,papers,claims\r\n"
                        + "http://127.0.0.1:3030/entity/adamw,AdamW,1,1\r\n"
                        + "http://127.0.0.1:3030/entity/lion,Lion,1,1\r\n",
                write(ResultFormat.CSV, "what-outperforms", List.of("name=Adam")));
        String tsv = write(ResultFormat.TSV, "what-outperforms", List.of("name=Adam"));
        assertEquals("?winner\t?winnerLabel\t?papers\t?claims", tsv.lines().findFirst().orElseThrow());
        assertEquals(3, tsv.lines().count());
        assertTrue(tsv.contains("<http://127.0.0.1:3030/entity/lion>\t\"Lion\"\t1\t1"), tsv);
    }

    @Test
    void writesSparqlJson() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(ResultFormat.JSON, "what-outperforms", List.of("name=Adam")));
        assertEquals(List.of("winner", "winnerLabel", "papers", "claims"),
                new ObjectMapper().convertValue(json.at("/head/vars"), List.class));
        JsonNode rows = json.at("/results/bindings");
        assertEquals(2, rows.size());
        assertEquals("http://127.0.0.1:3030/entity/adamw", rows.get(0).at("/winner/value").asText());
        assertEquals("uri", rows.get(0).at("/winner/type").asText());
        assertEquals("Lion", rows.get(1).at("/winnerLabel/value").asText());
    }

    @Test
    void writesSparqlXmlThatParsesBack() {
        String xml = write(ResultFormat.XML, "most-used-datasets", List.of());
        ResultSet parsed = ResultSetMgr.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_XML);
        assertEquals(List.of("dataset", "datasetLabel", "papers"), parsed.getResultVars());
        assertEquals("CIFAR-10", parsed.next().getLiteral("datasetLabel").getLexicalForm());
    }

    @Test
    void writesATableWithPrefixedNames() {
        String table = write(ResultFormat.TABLE, "entity-neighbourhood", List.of("name=ViT"));
        assertTrue(table.contains("| direction | property "), table);
        assertTrue(table.contains("| \"in\"      | pkg:usesModel | <http://127.0.0.1:3030/paper/55dc2f7520d39a33>"),
                table);
        assertEquals(6, table.lines().count(), table);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void timeoutIsAnErrorAndWritesNothing() {
        CannedQuery heavy = CannedQuery.parse("heavy.rq", "# title: Heavy\n# description: A cross product.\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }\n");
        QueryRunner runner = QueryRunner.builder(dataset).timeout(Duration.ofMillis(200)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class,
                () -> runner.run(Bindings.defaults(heavy), ResultFormat.JSON, out));
        assertEquals(0, out.size());
        assertEquals(Duration.ofMillis(200), e.limit());
        assertTrue(e.getMessage().contains("'heavy'") && e.getMessage().contains("200 ms"), e.getMessage());
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.builder(dataset).timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.builder(dataset).maxRows(0));
        QueryRunner runner = QueryRunner.builder(dataset).build();
        assertEquals(QueryRunner.DEFAULT_TIMEOUT, runner.timeout());
        assertEquals(QueryRunner.DEFAULT_MAX_ROWS, runner.maxRows());
    }

    @Test
    void resultFormatsByName() {
        assertEquals(ResultFormat.JSON, ResultFormat.parse("json"));
        assertEquals(ResultFormat.TABLE, ResultFormat.parse(" TABLE "));
        assertEquals("application/sparql-results+json", ResultFormat.JSON.mediaType());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultFormat.parse("yaml"));
        assertEquals("unknown result format 'yaml'; valid formats: table, csv, tsv, json, xml", e.getMessage());
    }

    @Test
    void everyShippedQueryRunsWithItsDefaultsAndReturnsItsDeclaredColumns() {
        QueryRunner runner = QueryRunner.builder(dataset).build();
        for (CannedQuery q : catalog.list()) {
            QueryResult result = runner.select(Bindings.defaults(q));
            assertEquals(QueryFactory.create(q.sparql()).getResultVars(), result.variables(), q.name());
        }
    }
}
