package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.kg.Vocab;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.store.KgStore;

/** Starts KgServer on port 0 over the fixture and checks linked data, VoID, dumps and canned queries over HTTP. */
class LinkedDataIT {
    private static final String B = ServeFixture.BASE;
    private static final Node LION = uri(B + "entity/lion");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static KgStore store;
    private static KgServer server;
    private static KgServer slow;
    private static KgStore publicStore;
    private static KgServer publicServer;

    @BeforeAll
    static void start() {
        store = ServeFixture.store();
        server = KgServer.builder().dataset(store.dataset()).port(0).build().start();
        slow = KgServer.builder().dataset(store.dataset()).port(0).queryTimeout(Duration.ofMillis(200))
                .queries(CannedQueryCatalog.fromDirectory(Path.of("src/test/resources/serve/queries"))).build().start();
        publicStore = ServeFixture.store("https://example.org/kg/");
        publicServer = KgServer.builder().dataset(publicStore.dataset()).port(0).baseIri("https://example.org/kg/")
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        slow.stop();
        publicServer.stop();
        store.close();
        publicStore.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES",
        "application/rdf+xml, RDFXML"})
    void everyRdfSyntaxParsesBackWithTheEntityItsClaimsAndItsPapers(String mediaType, String lang) throws Exception {
        HttpResponse<byte[]> r = get(server, "/entity/lion", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith(mediaType), contentType(r));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Graph g = parse(r.body(), Representation.valueOf(lang).lang().orElseThrow());
        assertTrue(g.contains(LION, Vocab.SKOS_PREF_LABEL, NodeFactory.createLiteralString("Lion")));
        assertTrue(g.contains(LION, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralString("EvoLved Sign Momentum")));
        // claims on both sides: Lion as subject (beats AdamW) and as object (beaten by ScriptNet), with their triples
        assertTrue(g.contains(uri(B + "claim/231dd21623291203"), Vocab.SUBJECT, LION));
        assertTrue(g.contains(uri(B + "claim/2fab36a862144220"), Vocab.OBJECT, LION));
        assertTrue(g.contains(uri(B + "claim/2fab36a862144220"), Vocab.EVIDENCE,
                NodeFactory.createLiteralString("Our ScriptNet outperforms Lion on ImageNet by 1.5%.")));
        // labels of what it links to, and the papers that mention it
        assertTrue(g.contains(uri(B + "entity/adamw"), Vocab.SKOS_PREF_LABEL, NodeFactory.createLiteralString("AdamW")));
        assertTrue(g.contains(uri(B + "paper/62e730d31ed3409d"), Vocab.MENTIONS, LION));
        assertTrue(g.contains(uri(B + "paper/55dc2f7520d39a33"), Vocab.DCT_TITLE,
                NodeFactory.createLiteralString("Symbolic Discovery of Optimization Algorithms")));
        assertFalse(g.contains(uri(B + "claim/d2e2888bd0baee3d"), Node.ANY, Node.ANY), "Adam's claim is not about Lion");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttl, text/turtle, TURTLE", "jsonld, application/ld+json, JSONLD", "nt, application/n-triples, NTRIPLES",
        "rdf, application/rdf+xml, RDFXML"})
    void suffixUrlsChooseTheSyntaxWhateverTheAcceptHeader(String suffix, String mediaType, String lang) throws Exception {
        HttpResponse<byte[]> r = get(server, "/claim/2fab36a862144220." + suffix, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith(mediaType), contentType(r));
        Graph g = parse(r.body(), Representation.valueOf(lang).lang().orElseThrow());
        assertTrue(g.contains(uri(B + "claim/2fab36a862144220"), Vocab.RELATION, Vocab.OUTPERFORMS));
        assertTrue(g.contains(uri(B + "entity/scriptnet"), Vocab.SKOS_PREF_LABEL, Node.ANY));
    }

    @Test
    void unacceptableTypesGet406AndUnknownIrisGet404() throws Exception {
        HttpResponse<byte[]> r = get(server, "/entity/lion", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(contentType(r).startsWith("text/plain"));
        assertEquals(406, get(server, "/entity/lion", "text/turtle;q=0, text/html;q=0, */*;q=0").statusCode());
        HttpResponse<byte[]> html = get(server, "/entity/doesnotexist", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(contentType(html).startsWith("text/html"));
        assertTrue(body(html).contains("404 Not found"));
        HttpResponse<byte[]> ttl = get(server, "/paper/0000000000000000.ttl", "*/*");
        assertEquals(404, ttl.statusCode());
        assertTrue(contentType(ttl).startsWith("text/plain"));
        assertEquals(404, get(server, "/entity/lion%3Cscript%3E", "text/html").statusCode());
    }

    @ParameterizedTest(name = "Accept {1}, suffix ''{0}''")
    @CsvSource({"'', text/html", ".ttl, */*", "'', text/turtle"})
    void aPaperJoinedIntoAnotherMovesPermanentlyToIt(String suffix, String accept) throws Exception {
        HttpResponse<byte[]> r = get(server, "/paper/0123456789abcdef" + suffix, accept);
        assertEquals(301, r.statusCode());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/paper/cd4bb2ccc0159656" + suffix), location);
        assertEquals(200, get(server, "/paper/cd4bb2ccc0159656" + suffix, accept).statusCode());
    }

    @Test
    void htmlPagesAreServedForEveryKindOfResourceWithPaperTextEscaped() throws Exception {
        HttpResponse<byte[]> paper = get(server, "/paper/62e730d31ed3409d", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, paper.statusCode());
        assertTrue(contentType(paper).startsWith("text/html"));
        String html = body(paper);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"), html);
        assertTrue(html.contains("href=\"/entity/lion\""), html);
        for (String path : List.of("/entity/imagenet", "/claim/231dd21623291203", "/source/d1d43757a93f640f",
                "/source/d1d43757a93f640f/2", "/paper/55dc2f7520d39a33/abstract/5c4742112236924b", "/", "/search?q=lion",
                "/sparql", "/queries")) {
            HttpResponse<byte[]> r = get(server, path, "text/html");
            assertEquals(200, r.statusCode(), path);
            assertTrue(contentType(r).startsWith("text/html"), path);
            assertFalse(body(r).contains("<script>alert"), path);
        }
        assertTrue(body(get(server, "/entity/imagenet", "text/html")).contains("http://www.wikidata.org/entity/Q24901201"));
    }

    @Test
    void aPublicBaseIriMapsOntoTheSamePaths() throws Exception {
        HttpResponse<byte[]> r = get(publicServer, "/entity/lion.ttl", "*/*");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(uri("https://example.org/kg/entity/lion"), Vocab.SKOS_PREF_LABEL, Node.ANY));
        assertTrue(body(get(publicServer, "/entity/lion", "text/html")).contains("href=\"/paper/55dc2f7520d39a33\""));
        Graph voidGraph = parse(get(publicServer, "/.well-known/void.ttl", "*/*").body(), Lang.TURTLE);
        assertTrue(voidGraph.contains(uri("https://example.org/kg/"), uri(Vocab.VOID_NS + "sparqlEndpoint"),
                uri("https://example.org/kg/kg/sparql")));
    }

    @Test
    void voidDescribesTheDatasetInEverySyntax() throws Exception {
        HttpResponse<byte[]> r = get(server, "/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        Node ds = uri(B);
        long triples = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getUnionGraph().size());
        assertEquals(Long.toString(triples), g.find(ds, uri(Vocab.VOID_NS + "triples"), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
        assertTrue(g.contains(ds, uri(Vocab.VOID_NS + "sparqlEndpoint"), uri(B + "kg/sparql")));
        assertTrue(g.contains(ds, uri(Vocab.VOID_NS + "dataDump"), uri(B + "dump/paperkg.nt")));
        assertTrue(g.contains(ds, uri(Vocab.DCTERMS_NS + "modified"), Node.ANY));
        assertTrue(g.contains(ds, uri(Vocab.DCTERMS_NS + "license"), Node.ANY));
        assertEquals(13, g.find(ds, uri(Vocab.VOID_NS + "classPartition"), Node.ANY).toList().size());
        HttpResponse<byte[]> jsonld = get(server, "/.well-known/void.jsonld", "text/html");
        assertTrue(contentType(jsonld).startsWith("application/ld+json"));
        assertTrue(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(g));
        assertEquals(406, get(server, "/.well-known/void", "application/pdf").statusCode());
    }

    @Test
    void dumpsParseBackToTheWholeGraph() throws Exception {
        long triples = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getUnionGraph().size());
        HttpResponse<byte[]> nt = get(server, "/dump/paperkg.nt", "*/*");
        assertEquals(200, nt.statusCode());
        assertTrue(contentType(nt).startsWith("application/n-triples"));
        assertEquals(triples, parse(nt.body(), Lang.NTRIPLES).size());
        assertEquals(404, get(server, "/dump/paperkg.exe", "*/*").statusCode());
    }

    @Test
    void networkJsonHasTheEdgesAroundAnEntity() throws Exception {
        HttpResponse<byte[]> r = get(server, "/api/network?iri=" + URLEncoder.encode(B + "entity/lion", StandardCharsets.UTF_8),
                "application/json");
        assertEquals(200, r.statusCode());
        JsonNode json = new ObjectMapper().readTree(r.body());
        List<String> edges = new ArrayList<>();
        json.get("edges").forEach(e -> edges.add(e.get("data").get("source").asText().replace(B, "") + ">"
                + e.get("data").get("target").asText().replace(B, "")));
        assertEquals(List.of("entity/lion>entity/adamw", "entity/scriptnet>entity/lion"), edges.stream().sorted().toList());
        assertEquals(400, get(server, "/api/network?iri=javascript:alert(1)", "*/*").statusCode());
    }

    @Test
    void queriesAreListedAsJsonAndHtml() throws Exception {
        HttpResponse<byte[]> r = get(server, "/queries", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/json"));
        JsonNode list = new ObjectMapper().readTree(r.body());
        List<String> names = new ArrayList<>();
        list.forEach(q -> names.add(q.get("name").asText()));
        assertTrue(names.contains("what-outperforms"), names.toString());
        JsonNode first = list.get(0);
        assertFalse(first.get("title").asText().isBlank());
        assertTrue(first.has("description") && first.get("params").isArray());
        assertTrue(body(get(server, "/queries", "text/html")).contains("action=\"/queries/what-outperforms\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/sparql-results+json, RS_JSON", "text/csv, RS_CSV", "text/tab-separated-values, RS_TSV",
        "application/sparql-results+xml, RS_XML"})
    void aCannedQueryAnswersInTheNegotiatedResultFormat(String mediaType, String lang) throws Exception {
        HttpResponse<byte[]> r = get(server, "/queries/what-outperforms?name=AdamW", mediaType);
        assertEquals(200, r.statusCode(), body(r));
        assertTrue(contentType(r).startsWith(mediaType), contentType(r));
        Lang rsLang = switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            case "RS_TSV" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_XML;
        };
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), rsLang);
        List<String> winners = new ArrayList<>();
        rs.forEachRemaining(row -> winners.add(row.get("winner").toString()));
        assertEquals(List.of(B + "entity/lion"), winners);
    }

    @Test
    void cannedQueryErrorsAreStatusesWithMessages() throws Exception {
        assertEquals(404, get(server, "/queries/no-such-query", "application/json").statusCode());
        HttpResponse<byte[]> bad = get(server, "/queries/what-outperforms?nmae=AdamW", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(body(bad).contains("nmae"), body(bad));
        assertEquals(406, get(server, "/queries/what-outperforms", "image/png").statusCode());
        HttpResponse<byte[]> injected = get(server, "/queries/what-outperforms?name="
                + URLEncoder.encode("x\" } ?w ?p ?o { \"", StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, injected.statusCode());
        assertFalse(ResultSetMgr.read(new ByteArrayInputStream(injected.body()), ResultSetLang.RS_JSON).hasNext());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "x\" } ?w ?p ?o { \"",
        "Zed\" } ; DROP ALL ; #",
        "Zed\" . } INSERT DATA { GRAPH <http://example.org/x/g> { <http://example.org/x/a> <http://example.org/x/b> 1 } } #",
        "Zed') } ; CLEAR ALL ; SELECT * WHERE { ('",
        "Zed> } DELETE WHERE { ?s ?p ?o } #",
        "Zed\\\" } UNION { ?winner ?p ?o } #",
        "Zed\"^^<http://www.w3.org/2001/XMLSchema#string> } ; LOAD <http://example.org/x> #",
        "Zed\n} ; DROP DEFAULT ; #"})
    void updateLookingParametersAreBoundAsStringsThatChangeNothing(String payload) throws Exception {
        long before = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().stream().count());
        for (String query : List.of("what-outperforms", "papers-on-dataset", "entity-neighbourhood")) {
            HttpResponse<byte[]> r = get(server, "/queries/" + query + "?" + firstParam(query) + "="
                    + URLEncoder.encode(payload, StandardCharsets.UTF_8), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), query + ": " + body(r));
            assertFalse(ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON).hasNext(), query);
            HttpResponse<byte[]> page = get(server, "/queries/" + query + "?" + firstParam(query) + "="
                    + URLEncoder.encode(payload, StandardCharsets.UTF_8), "text/html");
            assertEquals(200, page.statusCode(), query);
        }
        HttpResponse<byte[]> limit = get(server, "/queries/claims-with-evidence?limit="
                + URLEncoder.encode("10 } ; DROP ALL ; #", StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(400, limit.statusCode(), body(limit));
        assertEquals(before, Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().stream().count()));
        assertFalse(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().contains(Node.ANY,
                uri("http://example.org/x/a"), Node.ANY, Node.ANY)));
    }

    private static String firstParam(String query) {
        return CannedQueryCatalog.fromClasspath().get(query).orElseThrow().params().get(0).name();
    }

    @Test
    void aQueryThatRunsOutOfTimeGets503WithAMessageNeverAnEmpty200() throws Exception {
        HttpResponse<byte[]> r = get(slow, "/queries/heavy-cross-product", "application/sparql-results+json");
        assertEquals(503, r.statusCode());
        assertTrue(body(r).contains("time limit"), body(r));
        HttpResponse<byte[]> fine = get(slow, "/queries/entity-label?name=Lion", "text/csv");
        assertEquals(200, fine.statusCode());
        assertTrue(body(fine).contains("Lion"), body(fine));
        String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<byte[]> sparql = HTTP.send(HttpRequest.newBuilder(URI.create(slow.sparqlUrl() + "?query="
                + URLEncoder.encode(heavy, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(503, sparql.statusCode());
    }

    @Test
    void theEndpointIsReadOnly() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(r.statusCode() >= 400, "update answered " + r.statusCode());
        assertFalse(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getUnionGraph()
                .contains(uri("urn:a"), Node.ANY, Node.ANY)));
    }

    private static HttpResponse<byte[]> get(KgServer s, String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + path.substring(1))).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
        return g;
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
