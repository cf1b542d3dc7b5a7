package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.export.ExportFormat;
import org.paperkg.pipeline.GraphCounts;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.serve.KgServer;
import org.paperkg.store.KgStore;

/**
 * The README's quick start, end to end through the CLI's Java entry points: build the bundled corpus, validate,
 * run every canned query, export every format, and serve the graph over HTTP.
 */
class QuickStartIT {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void buildTheBundledCorpus() {
        db = dir.resolve("db");
        CliRun r = CliRun.of("build", "--db", db.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("412 read, 0 rejected"), r.out());
        assertTrue(r.out().contains("305 distinct"), r.out());
    }

    @Test
    void graphHoldsExactly305PapersAndConforms() {
        try (KgStore store = KgStore.open(db)) {
            GraphCounts c = GraphCounts.of(store);
            assertEquals(305, c.papers());
            assertTrue(c.claims() > 0, "claims");
        }
        CliRun v = CliRun.of("validate", "--db", db.toString());
        assertEquals(0, v.status(), v.out() + v.err());
    }

    @Test
    void rebuildingTheSameInputChangesNothing() {
        CliRun r = CliRun.of("build", "--db", db.toString(), "-q");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("0 loaded, 5 unchanged"), r.out());
    }

    /**
     * Every canned query runs with its defaults; all but {@code contradictory-claims} return rows. The bundled corpus
     * states no pair of opposite claims about the same two named entities (checked by hand), so that query is
     * checked for rows on the query fixture instead (TestCannedQueries).
     */
    @Test
    void everyCannedQueryReturnsRows() {
        for (CannedQuery q : CannedQueryCatalog.fromClasspath().list()) {
            CliRun r = CliRun.of("query", q.name(), "--db", db.toString(), "--format", "json");
            assertEquals(0, r.status(), q.name() + ": " + r.err());
            var rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            if (!q.name().equals("contradictory-claims")) {
                assertTrue(rs.hasNext(), "no rows from canned query " + q.name());
            }
        }
    }

    @Test
    void exportWritesAllSixFormatsThatParseBackToTheSameTripleCount() throws Exception {
        long triples;
        try (KgStore store = KgStore.open(db)) {
            triples = GraphCounts.of(store).triples();
        }
        for (ExportFormat f : ExportFormat.values()) {
            Path out = dir.resolve("graph." + f.extension());
            CliRun r = CliRun.of("export", "--db", db.toString(), "--format", f.label(), "--out", out.toString());
            assertEquals(0, r.status(), f + ": " + r.err());
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, out.toString());
            Model union = ModelFactory.createDefaultModel();
            union.add(ds.getDefaultModel());
            ds.listModelNames().forEachRemaining(n -> union.add(ds.getNamedModel(n)));
            assertEquals(triples, union.size(), "triples parsed back from " + f);
        }
    }

    @Test
    void everyExportCarriesTheVoidDescription() throws Exception {
        Path out = dir.resolve("void-check.nt");
        assertEquals(0, CliRun.of("export", "--db", db.toString(), "--format", "ntriples", "--out", out.toString()).status());
        String nt = Files.readString(out);
        for (String term : List.of("<http://rdfs.org/ns/void#sparqlEndpoint> <http://127.0.0.1:3030/kg/sparql>",
                "<http://rdfs.org/ns/void#dataDump> <http://127.0.0.1:3030/dump/paperkg.ttl>",
                "<http://purl.org/dc/terms/license> <http://creativecommons.org/publicdomain/zero/1.0/>",
                "<http://rdfs.org/ns/void#classPartition>", "<http://purl.org/dc/terms/modified>")) {
            assertTrue(nt.contains(term), "export lacks " + term);
        }
    }

    @Test
    void sparqlEndpointAnswersJsonCsvAndXmlByAcceptHeader() throws Exception {
        try (KgStore store = KgStore.open(db)) {
            KgServer server = KgServer.builder().dataset(store.dataset()).port(0).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String q = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
                for (String accept : List.of("application/sparql-results+json", "text/csv", "application/sparql-results+xml")) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", accept).build();
                    HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, resp.statusCode(), accept);
                    assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
                    assertTrue(resp.body().contains("305"), accept + ": " + resp.body());
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void extractWritesOneJsonLinePerDistinctPaper() throws Exception {
        Path out = dir.resolve("extract.jsonl");
        CliRun r = CliRun.of("extract", "--input", "data/daily-papers", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(305, Files.readAllLines(out).size());
    }
}
