package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.cli.PaperKg;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.store.KgStore;

/**
 * The locked-down endpoint (issue 6): read-only unless updates are allowed with a password file, then writes only with
 * HTTP basic auth; bound to the address asked for; CORS only for the configured origin; the row limit on
 * {@code /kg/sparql} and {@code /queries}.
 */
class EndpointSecurityIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/x/evil> { <http://example.org/x/a> <http://example.org/x/b> <http://example.org/x/c> } }";
    private static final String TURTLE = "<http://example.org/x/a> <http://example.org/x/b> <http://example.org/x/c> .";
    private static final String ORIGIN = "https://app.example.org";
    private static final String PAPERS = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT ?p { ?p a pkg:Paper }";

    @TempDir
    static Path tmp;

    private static KgStore readOnlyStore;
    private static KgServer readOnly;
    private static KgStore writableStore;
    private static KgServer writable;
    private static KgServer cors;
    private static KgServer limited;
    private static Path passwords;

    @BeforeAll
    static void start() throws IOException {
        passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret-Pa55\n");
        readOnlyStore = ServeFixture.store();
        readOnly = KgServer.builder().dataset(readOnlyStore.dataset()).port(0).build().start();
        writableStore = ServeFixture.store();
        writable = KgServer.builder().dataset(writableStore.dataset()).port(0).allowUpdate(passwords).build().start();
        cors = KgServer.builder().dataset(readOnlyStore.dataset()).port(0).corsOrigin(ORIGIN).build().start();
        limited = KgServer.builder().dataset(readOnlyStore.dataset()).port(0).maxRows(2)
                .queries(CannedQueryCatalog.fromDirectory(Path.of("src/test/resources/serve/queries"))).build().start();
    }

    @AfterAll
    static void stop() {
        for (KgServer s : List.of(readOnly, writable, cors, limited)) {
            s.stop();
        }
        readOnlyStore.close();
        writableStore.close();
    }

    // --- read-only by default ---

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, kg/update, application/sparql-update, 404 405",
        "POST, kg, application/sparql-update, 400",
        "POST, kg/sparql, application/sparql-update, 415",
        "PUT, kg/data?graph=http://example.org/x/evil, text/turtle, 405",
        "PUT, kg?graph=http://example.org/x/evil, text/turtle, 405",
        "PUT, kg/get?graph=http://example.org/x/evil, text/turtle, 405",
        "POST, kg?default, text/turtle, 405",
        "DELETE, kg?graph=http://127.0.0.1:3030/graph/source/d1d43757a93f640f, text/turtle, 405"})
    void theDefaultServerRefusesEveryUpdateAndGraphStoreWrite(String method, String path, String type, String statuses)
            throws Exception {
        DatasetGraph before = copy(readOnlyStore);
        String body = type.equals("text/turtle") ? TURTLE : INSERT;
        HttpResponse<String> r = send(readOnly, method, path, type, body, Optional.empty());
        // No update endpoint is registered on a read-only dataset: Fuseki answers 405, or 404 when the UI module
        // (which routes every dataset path) is absent, as under failsafe's classpath.
        assertTrue(List.of(statuses.split(" ")).contains(Integer.toString(r.statusCode())),
                r.statusCode() + " not in " + statuses + ": " + r.body());
        assertUnchanged(before, readOnlyStore);
    }

    @Test
    void theDefaultServerHasNoUpdateUrls() {
        assertTrue(readOnly.updateUrl().isEmpty());
        assertTrue(readOnly.dataUrl().isEmpty());
    }

    // --- --allow-update with a password file ---

    @Test
    void updatesWithoutCredentialsOrWithAWrongPasswordGet401AndChangeNothing() throws Exception {
        DatasetGraph before = copy(writableStore);
        HttpResponse<String> none = send(writable, "POST", "kg/update", "application/sparql-update", INSERT,
                Optional.empty());
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"paperkg\""),
                none.headers().map().toString());
        assertEquals(401, send(writable, "POST", "kg/update", "application/sparql-update", INSERT,
                Optional.of("editor:wrong")).statusCode());
        assertEquals(401, send(writable, "POST", "kg/update", "application/sparql-update", INSERT,
                Optional.of("nobody:s3cret-Pa55")).statusCode());
        assertEquals(401, send(writable, "PUT", "kg/data?graph=http://example.org/x/evil", "text/turtle", TURTLE,
                Optional.empty()).statusCode());
        assertEquals(401, send(writable, "PUT", "kg/data?graph=http://example.org/x/evil", "text/turtle", TURTLE,
                Optional.of("editor:wrong")).statusCode());
        assertUnchanged(before, writableStore);
    }

    @Test
    void theRightPasswordAppliesUpdatesAndGraphStoreWrites() throws Exception {
        HttpResponse<String> update = send(writable, "POST", "kg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <http://example.org/x/g1> { <http://example.org/x/s1> <http://example.org/x/p> \"via update\" } }", Optional.of("editor:s3cret-Pa55"));
        assertEquals(204, update.statusCode(), update.body());
        assertTrue(contains(writableStore, "http://example.org/x/g1", "http://example.org/x/s1"));
        HttpResponse<String> put = send(writable, "PUT", "kg/data?graph=http://example.org/x/g2", "text/turtle",
                "<http://example.org/x/s2> <http://example.org/x/p> \"via the graph store\" .", Optional.of("editor:s3cret-Pa55"));
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201, put.statusCode() + " " + put.body());
        assertTrue(contains(writableStore, "http://example.org/x/g2", "http://example.org/x/s2"));
        // the unnamed dataset endpoint stays read-only even for a logged-in user
        assertEquals(400, send(writable, "POST", "kg", "application/sparql-update",
                "INSERT DATA { GRAPH <http://example.org/x/g3> { <http://example.org/x/s3> <http://example.org/x/p> 1 } }", Optional.of("editor:s3cret-Pa55")).statusCode());
        assertFalse(contains(writableStore, "http://example.org/x/g3", "http://example.org/x/s3"));
        assertEquals(writable.baseUrl() + "kg/update", writable.updateUrl().orElseThrow());
        assertEquals(writable.baseUrl() + "kg/data", writable.dataUrl().orElseThrow());
    }

    @Test
    void stoppingAServerWithAPasswordFileEndsTheThreadThatWatchesTheFile() throws Exception {
        Set<Thread> before = scannerThreads();
        KgServer server = KgServer.builder().dataset(writableStore.dataset()).port(0).allowUpdate(passwords).build()
                .start();
        Set<Thread> watchers = scannerThreads();
        watchers.removeAll(before);
        assertEquals(401, send(server, "POST", "kg/update", "application/sparql-update", INSERT, Optional.empty())
                .statusCode());
        server.stop();
        assertFalse(watchers.isEmpty(), "no thread watches the password file: " + before);
        for (Thread t : watchers) {
            // the thread's executor is shut down without waiting; a thread left running never ends
            t.join(Duration.ofSeconds(30).toMillis());
            assertFalse(t.isAlive(), t.getName() + " still runs after stop()");
        }
    }

    @Test
    void readsStayOpenWhenUpdatesAreAllowed() throws Exception {
        assertEquals(200, get(writable, "kg/sparql?query=" + enc(PAPERS), "application/sparql-results+json", Optional.empty())
                .statusCode());
        assertEquals(200, get(writable, "entity/lion", "text/html", Optional.empty()).statusCode());
        assertEquals(200, get(writable, "queries/what-outperforms?name=AdamW", "text/csv", Optional.empty()).statusCode());
        assertEquals(200, get(writable, "kg/get?default", "text/turtle", Optional.empty()).statusCode());
    }

    @Test
    void theBuilderRejectsAMissingOrEmptyPasswordFile() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty"), "# nobody\n");
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().dataset(readOnlyStore.dataset())
                .allowUpdate(tmp.resolve("missing")).build());
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().dataset(readOnlyStore.dataset())
                .allowUpdate(empty).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--allow-update",
        "--password-file PASSWORDS",
        "--allow-update --password-file MISSING",
        "--cors *",
        "--cors https://example.org/path",
        "--max-rows 0",
        "--query-timeout 0"})
    void serveRejectsUnsafeOrBrokenOptionsAsUsageErrorsBeforeOpeningTheDatabase(String options) {
        Path db = tmp.resolve("db-" + Integer.toHexString(options.hashCode()));
        List<String> args = new ArrayList<>(List.of("serve", "--db", db.toString(), "--port", "0"));
        for (String o : options.split(" ")) {
            args.add(o.replace("PASSWORDS", passwords.toString()).replace("MISSING", tmp.resolve("nope").toString()));
        }
        StringWriter err = new StringWriter();
        int status = PaperKg.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(args.toArray(String[]::new));
        assertEquals(2, status, err.toString());
        assertFalse(Files.exists(db), "the database was opened");
    }

    // --- binding and CORS ---

    @Test
    void theServerListensOnlyOnTheAddressAskedFor() throws Exception {
        assertEquals(List.of("127.0.0.1"), readOnly.boundHosts());
        assertEquals(200, status("127.0.0.1", readOnly.port()));
        assertThrows(ConnectException.class, () -> status("127.0.0.2", readOnly.port()));
        KgServer other = KgServer.builder().dataset(readOnlyStore.dataset()).host("127.0.0.2").port(0).build().start();
        try {
            assertEquals(List.of("127.0.0.2"), other.boundHosts());
            assertEquals(200, status("127.0.0.2", other.port()));
            assertThrows(ConnectException.class, () -> status("127.0.0.1", other.port()));
        } finally {
            other.stop();
        }
    }

    @Test
    void noCorsHeadersUnlessAnOriginIsConfigured() throws Exception {
        HttpResponse<String> r = withOrigin(readOnly, "GET", ORIGIN);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().map().toString());
        HttpResponse<String> preflight = withOrigin(readOnly, "OPTIONS", ORIGIN);
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() throws Exception {
        HttpResponse<String> allowed = withOrigin(cors, "GET", ORIGIN);
        assertEquals(200, allowed.statusCode());
        assertEquals(ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(allowed.headers().firstValue("Access-Control-Expose-Headers").orElse("")
                .contains(RowLimit.TRUNCATED_HEADER));
        HttpResponse<String> preflight = withOrigin(cors, "OPTIONS", ORIGIN);
        assertEquals(ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"));
        HttpResponse<String> other = withOrigin(cors, "GET", "https://evil.example.com");
        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().map().toString());
        assertTrue(withOrigin(cors, "OPTIONS", "https://evil.example.com").headers()
                .firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    // --- row limit ---

    @Test
    void aSparqlQueryAskingForMoreRowsThanTheLimitGetsTheLimitAndSaysSo() throws Exception {
        HttpResponse<String> r = get(limited, "kg/sparql?query=" + enc(PAPERS), "application/sparql-results+json",
                Optional.empty());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, rows(r).size());
        assertEquals("2", r.headers().firstValue(RowLimit.LIMIT_HEADER).orElse(""));
        assertEquals("true", r.headers().firstValue(RowLimit.TRUNCATED_HEADER).orElse(""));
        HttpResponse<String> big = get(limited, "kg/sparql?query=" + enc(PAPERS + " LIMIT 1000"), "text/csv",
                Optional.empty());
        assertEquals(3, big.body().strip().split("\r?\n").length, big.body());
        assertEquals("true", big.headers().firstValue(RowLimit.TRUNCATED_HEADER).orElse(""));
    }

    @Test
    void aSparqlQueryWithinTheLimitIsUntouched() throws Exception {
        String twoEntities = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT ?e { ?e pkg:normalizedName ?n "
                + "FILTER(?n IN (\"lion\", \"adam\")) }";
        HttpResponse<String> exact = get(limited, "kg/sparql?query=" + enc(twoEntities), "application/sparql-results+json",
                Optional.empty());
        assertEquals(2, rows(exact).size());
        assertEquals("false", exact.headers().firstValue(RowLimit.TRUNCATED_HEADER).orElse(""));
        HttpResponse<String> own = get(limited, "kg/sparql?query=" + enc(PAPERS + " LIMIT 1"),
                "application/sparql-results+json", Optional.empty());
        assertEquals(1, rows(own).size());
        assertEquals("2", own.headers().firstValue(RowLimit.LIMIT_HEADER).orElse(""));
        assertTrue(own.headers().firstValue(RowLimit.TRUNCATED_HEADER).isEmpty());
        HttpResponse<String> ask = get(limited, "kg/sparql?query=" + enc("ASK { ?s ?p ?o }"),
                "application/sparql-results+json", Optional.empty());
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void aCannedQueryIsCutAtTheLimitAndSaysSo() throws Exception {
        HttpResponse<String> r = get(limited, "queries/papers", "application/sparql-results+json", Optional.empty());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, rows(r).size());
        assertEquals("2", r.headers().firstValue(RowLimit.LIMIT_HEADER).orElse(""));
        assertEquals("true", r.headers().firstValue(RowLimit.TRUNCATED_HEADER).orElse(""));
        HttpResponse<String> html = get(limited, "queries/papers", "text/html", Optional.empty());
        assertTrue(html.body().contains("id=\"truncated\""), html.body());
        HttpResponse<String> fits = get(limited, "queries/entity-label?name=Lion", "application/sparql-results+json",
                Optional.empty());
        assertEquals(1, rows(fits).size());
        assertEquals("false", fits.headers().firstValue(RowLimit.TRUNCATED_HEADER).orElse(""));
        assertFalse(get(limited, "queries/entity-label?name=Lion", "text/html", Optional.empty()).body()
                .contains("id=\"truncated\""));
    }

    // --- helpers ---

    private static HttpResponse<String> send(KgServer s, String method, String path, String type, String body,
            Optional<String> credentials) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        credentials.ifPresent(c -> b.header("Authorization", basic(c)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(KgServer s, String path, String accept, Optional<String> credentials)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        credentials.ifPresent(c -> b.header("Authorization", basic(c)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> withOrigin(KgServer s, String method, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + enc(PAPERS)))
                .timeout(Duration.ofSeconds(30)).header("Origin", origin).header("Accept", "application/sparql-results+json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (method.equals("OPTIONS")) {
            b.header("Access-Control-Request-Method", "GET");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Jetty's file scanners, which run on threads named {@code Scanner-N-M}. */
    private static Set<Thread> scannerThreads() {
        Set<Thread> threads = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("Scanner-")) {
                threads.add(t);
            }
        }
        return threads;
    }

    private static int status(String host, int port) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> rows(HttpResponse<String> r) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(row -> rows.add(row.toString()));
        return rows;
    }

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static DatasetGraph copy(KgStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            store.datasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static void assertUnchanged(DatasetGraph before, KgStore store) {
        DatasetGraph after = copy(store);
        assertEquals(before.stream().count(), after.stream().count());
        assertTrue(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().stream().allMatch(before::contains)),
                "the store gained quads");
    }

    private static boolean contains(KgStore store, String graph, String subject) {
        Node g = NodeFactory.createURI(graph);
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().contains(g,
                NodeFactory.createURI(subject), Node.ANY, Node.ANY));
    }
}
