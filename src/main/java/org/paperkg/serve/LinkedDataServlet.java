package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;

/**
 * Dereferences the graph's IRIs ({@code /paper/...}, {@code /entity/...}, {@code /claim/...}, {@code /source/...}):
 * the IRI is the base IRI plus the request path; the representation comes from a suffix ({@code .ttl},
 * {@code .jsonld}, {@code .nt}, {@code .rdf}) or else from the {@code Accept} header. Unknown IRIs get 404, unacceptable
 * media types 406. The IRI of a paper that was joined into another (listings under two titles sharing an arXiv
 * identifier) is moved permanently (301) to the paper it became.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._~%/+-]*");

    private final transient IriPaths paths;
    private final transient ResourceDescriber describer;
    private final transient PageData data;
    private final transient Pages pages;

    LinkedDataServlet(IriPaths paths, ResourceDescriber describer, PageData data, Pages pages) {
        this.paths = paths;
        this.describer = describer;
        this.data = data;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Optional<Representation> fromSuffix = Optional.empty();
        String suffix = "";
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            fromSuffix = Representation.bySuffix(path.substring(dot + 1));
            if (fromSuffix.isPresent()) {
                suffix = path.substring(dot);
                path = path.substring(0, dot);
            }
        }
        Optional<Representation> chosen = fromSuffix.isPresent() ? fromSuffix
                : ContentNegotiation.choose(req.getHeader("Accept"), Representation.ALL);
        resp.setHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 not acceptable: this resource is available as "
                    + Representation.ALL.stream().map(r -> r.mediaTypes().get(0)).collect(Collectors.joining(", ")));
            return;
        }
        Representation rep = chosen.get();
        boolean html = rep == Representation.HTML;
        if (!SAFE_PATH.matcher(path).matches()) {
            notFound(resp, html, path);
            return;
        }
        Node iri = NodeFactory.createURI(paths.iriOf(path));
        String finalPath = path;
        String finalSuffix = suffix;
        Responses.guarded(resp, pages, html, () -> {
            if (finalPath.startsWith("/paper/")) {
                Optional<String> joined = data.joinedInto(iri).flatMap(p -> paths.pathOf(p.getURI()));
                if (joined.isPresent()) {
                    resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                    resp.setHeader("Location", req.getContextPath() + joined.get() + finalSuffix);
                    return;
                }
            }
            if (html) {
                Optional<String> page = htmlPage(finalPath, iri);
                if (page.isEmpty()) {
                    notFound(resp, true, finalPath);
                } else {
                    Responses.html(resp, HttpServletResponse.SC_OK, page.get());
                }
                return;
            }
            Optional<Graph> g = describer.describe(iri);
            if (g.isEmpty()) {
                notFound(resp, false, finalPath);
                return;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(g.get()).lang(rep.lang().orElseThrow()).output(out);
            Responses.send(resp, HttpServletResponse.SC_OK, rep.contentType(), out.toByteArray());
        });
    }

    private Optional<String> htmlPage(String path, Node iri) {
        if (path.startsWith("/entity/")) {
            return data.entity(iri).map(pages::entity);
        }
        if (path.startsWith("/claim/")) {
            return data.claim(iri).map(pages::claim);
        }
        if (path.startsWith("/paper/") && path.indexOf('/', "/paper/".length()) < 0) {
            return data.paper(iri).map(pages::paper);
        }
        return describer.describe(iri).map(g -> pages.resource(iri.getURI(), data.label(iri), g));
    }

    private void notFound(HttpServletResponse resp, boolean html, String path) {
        String msg = "Nothing in the graph is named " + paths.iriOf(path) + ".";
        if (html) {
            Responses.html(resp, HttpServletResponse.SC_NOT_FOUND, pages.error(404, "Not found", msg));
        } else {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "404 not found: " + msg);
        }
    }
}
