package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.store.KgStore;

/**
 * Paper text reaches people's browsers only escaped: a paper whose title, abstract, entity label, alias, margin and
 * claim evidence carry {@code <script>alert(1)</script>} (src/test/resources/serve/script-paper.trig, on top of the
 * fixture) is served over HTTP, and every HTML page that shows it has the text escaped and never the raw tag; so do the
 * pages that echo a search or a query parameter carrying it.
 */
class EscapingIT {
    private static final String RAW = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static KgStore store;
    private static KgServer server;

    @BeforeAll
    static void start() {
        store = ServeFixture.store();
        try (InputStream in = EscapingIT.class.getResourceAsStream("/serve/script-paper.trig")) {
            store.write(() -> RDFParser.source(in).lang(Lang.TRIG).parse(store.datasetGraph()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = KgServer.builder().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/paper/a1e7a1e7a1e7a1e7", "/paper/a1e7a1e7a1e7a1e7/abstract/a1e7a1e7a1e7a1e7",
        "/entity/alertnet", "/entity/lion", "/claim/a1e7a1e7a1e7a1e7", "/search?q=AlertNet", "/",
        "/queries/what-outperforms?name=Lion", "/queries/claims-with-evidence?name=AlertNet",
        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/queries/what-outperforms?name=%3Cscript%3Ealert(1)%3C%2Fscript%3E"})
    void everyPageShowsTheScriptOnlyEscaped(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        String html = r.body();
        assertFalse(html.contains(RAW), path + " has the raw script:\n" + html);
        assertFalse(html.contains("<script>alert"), path + " has a raw script tag:\n" + html);
        assertTrue(html.contains(ESCAPED), path + " does not show the escaped text:\n" + html);
    }
}
