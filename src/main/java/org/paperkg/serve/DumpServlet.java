package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.export.ExportFormat;
import org.paperkg.export.RdfExporter;
import org.paperkg.kg.Vocab;

/**
 * Streams a dump of the whole graph at {@code /dump/paperkg.EXT} (one file per {@link ExportFormat}, e.g.
 * {@code paperkg.nt}, {@code paperkg.trig}), written by the exporter inside one read transaction.
 */
final class DumpServlet extends HttpServlet {
    /** The dump file name without its extension. */
    static final String NAME = "paperkg";

    private final transient DatasetGraph dsg;

    DumpServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The format a dump file name selects, e.g. {@code paperkg.ttl}. */
    static Optional<ExportFormat> formatOf(String fileName) {
        for (ExportFormat f : ExportFormat.values()) {
            if (fileName.equals(NAME + "." + f.extension())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<ExportFormat> f = formatOf(name);
        if (f.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "404 not found: dumps are " + NAME + ".{ttl,nt,nq,trig,jsonld,rdf}");
            return;
        }
        String mime = f.get().rio().getDefaultMIMEType();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(f.get().rio().hasCharset() ? mime + "; charset=utf-8" : mime);
        new RdfExporter(dsg, Vocab.PREFIXES).write(f.get(), resp.getOutputStream());
    }
}
