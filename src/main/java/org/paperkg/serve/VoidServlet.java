package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

/** Serves the VoID + DCAT description at {@code /.well-known/void}, content-negotiated like every resource. */
final class VoidServlet extends HttpServlet {
    private final transient Supplier<Graph> description;
    private final transient String datasetIri;
    private final transient Pages pages;

    /**
     * @param description the description, computed once on first use
     * @param datasetIri the dataset's IRI (the page's subject)
     * @param pages the renderer of the HTML view
     */
    VoidServlet(Supplier<Graph> description, String datasetIri, Pages pages) {
        this.description = description;
        this.datasetIri = datasetIri;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        resp.setHeader("Vary", "Accept");
        String path = req.getRequestURI();
        int dot = path.lastIndexOf('.');
        Optional<Representation> rep = dot > path.lastIndexOf('/')
                ? Representation.bySuffix(path.substring(dot + 1))
                : ContentNegotiation.choose(req.getHeader("Accept"), Representation.ALL);
        if (rep.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 not acceptable: the dataset description is "
                    + "available as text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        Graph g = description.get();
        if (rep.get() == Representation.HTML) {
            Responses.html(resp, HttpServletResponse.SC_OK, pages.resource(datasetIri, "Dataset description (VoID + DCAT)", g));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(g).lang(rep.get().lang().orElseThrow()).output(out);
        Responses.send(resp, HttpServletResponse.SC_OK, rep.get().contentType(), out.toByteArray());
    }
}
