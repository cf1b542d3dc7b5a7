package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the web front end's static files at {@code /assets/NAME} from the classpath: the style sheet and scripts
 * in {@code web/}, and Cytoscape.js from its WebJar, so pages need nothing from outside the machine.
 */
final class AssetServlet extends HttpServlet {
    private static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final Map<String, String[]> ASSETS = Map.of(
            "style.css", new String[] {"web/style.css", "text/css; charset=utf-8"},
            "network.js", new String[] {"web/network.js", "text/javascript; charset=utf-8"},
            "sparql.js", new String[] {"web/sparql.js", "text/javascript; charset=utf-8"},
            "cytoscape.min.js", new String[] {CYTOSCAPE, "text/javascript; charset=utf-8"});

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String[] asset = ASSETS.get(name);
        if (asset == null) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "404 not found: no asset " + name);
            return;
        }
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(asset[0])) {
            if (in == null) {
                Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "404 not found: " + asset[0] + " is missing from the jar");
                return;
            }
            resp.setHeader("Cache-Control", "public, max-age=3600");
            Responses.send(resp, HttpServletResponse.SC_OK, asset[1], in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + asset[0], e);
        }
    }
}
