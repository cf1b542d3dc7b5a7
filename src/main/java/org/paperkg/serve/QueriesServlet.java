package org.paperkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.paperkg.query.Bindings;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.query.QueryParameterException;
import org.paperkg.query.QueryResult;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.QueryTimeoutException;

/**
 * The canned queries over HTTP: {@code GET /queries} lists them (JSON or HTML); {@code GET /queries/NAME?param=...}
 * runs one with its parameters bound as RDF terms and answers in SPARQL results JSON, CSV, TSV or XML, or as an
 * HTML table, by {@code Accept}. Unknown query: 404; bad parameter: 400; time limit exceeded: 503 with a message.
 *
 * <p>Results are cut at the server's row limit: every answer carries {@value RowLimit#LIMIT_HEADER} and
 * {@value RowLimit#TRUNCATED_HEADER} ({@code true} when rows were left out; the HTML table says so too). The runner
 * must allow one row more than the limit, so that a cut result can be told from one that fits.
 */
final class QueriesServlet extends HttpServlet {
    private static final List<ResultOffer> LIST_OFFERS = List.of(ResultOffer.JSON, ResultOffer.HTML);

    private final transient CannedQueryCatalog catalog;
    private final transient QueryRunner runner;
    private final int maxRows;
    private final transient Pages pages;
    private final transient ObjectMapper json = new ObjectMapper();

    QueriesServlet(CannedQueryCatalog catalog, QueryRunner runner, int maxRows, Pages pages) {
        if (runner.maxRows() <= maxRows) {
            throw new IllegalArgumentException("the runner must allow more than " + maxRows + " rows");
        }
        this.catalog = catalog;
        this.runner = runner;
        this.maxRows = maxRows;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String name = req.getPathInfo() == null || "/".equals(req.getPathInfo()) ? "" : req.getPathInfo().substring(1);
        if (name.isEmpty()) {
            list(req, resp);
        } else {
            run(name, req, resp);
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResultOffer> offer = ContentNegotiation.choose(req.getHeader("Accept"), LIST_OFFERS);
        if (offer.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 not acceptable: the list is available as "
                    + "application/json and text/html");
            return;
        }
        if (offer.get() == ResultOffer.HTML) {
            Responses.html(resp, HttpServletResponse.SC_OK, pages.queries(catalog.list()));
            return;
        }
        ArrayNode arr = json.createArrayNode();
        for (CannedQuery q : catalog.list()) {
            ObjectNode o = arr.addObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("url", "/queries/" + q.name());
            ArrayNode ps = o.putArray("params");
            for (CannedQuery.Param p : q.params()) {
                ps.addObject().put("name", p.name()).put("default", p.defaultValue()).put("description", p.description())
                        .put("kind", p.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        Responses.send(resp, HttpServletResponse.SC_OK, "application/json", json.writeValueAsBytes(arr));
    }

    private void run(String name, HttpServletRequest req, HttpServletResponse resp) {
        Optional<ResultOffer> offer = ContentNegotiation.choose(req.getHeader("Accept"), List.of(ResultOffer.values()));
        boolean html = offer.map(o -> o == ResultOffer.HTML).orElse(false);
        Optional<CannedQuery> query = catalog.get(name);
        if (query.isEmpty()) {
            error(resp, html, HttpServletResponse.SC_NOT_FOUND, "Not found", "There is no canned query named '" + name
                    + "'. The list is at /queries.");
            return;
        }
        if (offer.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 not acceptable: results are available as "
                    + "application/sparql-results+json, text/csv, text/tab-separated-values, "
                    + "application/sparql-results+xml and text/html");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getValue().length != 1) {
                error(resp, html, HttpServletResponse.SC_BAD_REQUEST, "Bad request", "parameter '" + e.getKey()
                        + "' is given " + e.getValue().length + " times");
                return;
            }
            values.put(e.getKey(), e.getValue()[0]);
        }
        Bindings bindings;
        try {
            bindings = new Bindings(query.get(), values);
        } catch (QueryParameterException e) {
            error(resp, html, HttpServletResponse.SC_BAD_REQUEST, "Bad request", e.getMessage());
            return;
        }
        QueryResult result;
        try {
            result = runner.select(bindings);
        } catch (QueryTimeoutException e) {
            error(resp, html, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out", "The query '" + name
                    + "' did not finish within the server's time limit of " + runner.timeout().toMillis()
                    + " ms and was stopped; no partial result is returned. Narrow its parameters and try again.");
            return;
        }
        boolean truncated = result.size() > maxRows;
        if (truncated) {
            result = new QueryResult(result.variables(), result.rows().subList(0, maxRows), result.prefixes());
        }
        resp.setHeader(RowLimit.LIMIT_HEADER, Integer.toString(maxRows));
        resp.setHeader(RowLimit.TRUNCATED_HEADER, Boolean.toString(truncated));
        if (html) {
            Responses.html(resp, HttpServletResponse.SC_OK, pages.queryResult(query.get(), bindings.values(), result,
                    truncated));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(offer.get().format().orElseThrow(), out);
        Responses.send(resp, HttpServletResponse.SC_OK, offer.get().contentType(), out.toByteArray());
    }

    private void error(HttpServletResponse resp, boolean html, int status, String title, String message) {
        if (html) {
            Responses.html(resp, status, pages.error(status, title, message));
        } else {
            Responses.text(resp, status, status + " " + title.toLowerCase(Locale.ROOT) + ": " + message);
        }
    }
}
