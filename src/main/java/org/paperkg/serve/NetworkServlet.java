package org.paperkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;

/**
 * The "outperforms" network around an entity as Cytoscape.js elements JSON, at {@code /api/network?iri=...}: nodes
 * with {@code id} (the local path), {@code label} and {@code center}; edges from winner to loser.
 */
final class NetworkServlet extends HttpServlet {
    private final transient PageData data;
    private final transient IriPaths paths;
    private final transient Pages pages;
    private final transient ObjectMapper json = new ObjectMapper();

    NetworkServlet(PageData data, IriPaths paths, Pages pages) {
        this.data = data;
        this.paths = paths;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = req.getParameter("iri");
        if (iri == null || !iri.matches("(?i)https?://\\S+")) {
            Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "400 bad request: give ?iri=<an entity IRI>");
            return;
        }
        Responses.guarded(resp, pages, false, () -> {
            List<List<Link>> edges = data.network(NodeFactory.createURI(iri));
            Map<String, Link> nodes = new LinkedHashMap<>();
            nodes.put(iri, new Link(iri, data.label(NodeFactory.createURI(iri))));
            edges.forEach(e -> e.forEach(l -> nodes.putIfAbsent(l.iri(), l)));
            ObjectNode root = json.createObjectNode();
            ArrayNode ns = root.putArray("nodes");
            nodes.values().forEach(n -> {
                ObjectNode d = ns.addObject().putObject("data");
                d.put("id", n.iri());
                d.put("href", paths.href(n.iri()));
                d.put("label", n.label());
                d.put("center", n.iri().equals(iri));
            });
            ArrayNode es = root.putArray("edges");
            for (List<Link> e : edges) {
                ObjectNode d = es.addObject().putObject("data");
                d.put("id", e.get(0).iri() + " > " + e.get(1).iri());
                d.put("source", e.get(0).iri());
                d.put("target", e.get(1).iri());
            }
            Responses.send(resp, HttpServletResponse.SC_OK, "application/json", json.writeValueAsBytes(root));
        });
    }
}
