package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The SPARQL editor page at {@code /sparql}; the page's script posts to the query endpoint. */
final class SparqlPageServlet extends HttpServlet {
    static final String EXAMPLE = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

            # What does each method outperform, directly or transitively?
            SELECT ?winner ?loser WHERE {
              ?w a pkg:Method ; skos:prefLabel ?winner ; pkg:outperforms+ ?l .
              ?l skos:prefLabel ?loser .
            } ORDER BY ?winner ?loser LIMIT 100
            """;

    private final transient Pages pages;
    private final transient String endpointPath;

    SparqlPageServlet(Pages pages, String endpointPath) {
        this.pages = pages;
        this.endpointPath = endpointPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        Responses.html(resp, HttpServletResponse.SC_OK, pages.sparqlEditor(endpointPath, EXAMPLE));
    }
}
