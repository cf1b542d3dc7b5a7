package org.paperkg.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * Writes the whole knowledge graph in one of the {@link ExportFormat}s with RDF4J Rio, streaming quads out of the
 * store inside one read transaction.
 *
 * <p>Formats with named graphs (N-Quads, TriG) keep each source's graph; the others get the union of all graphs,
 * each triple once.
 *
 * <pre>{@code
 * long n = new RdfExporter(store.datasetGraph(), prefixes).write(ExportFormat.TURTLE, out);
 * }</pre>
 */
public final class RdfExporter {
    private final DatasetGraph dsg;
    private final Map<String, String> prefixes;
    private final ValueFactory vf = SimpleValueFactory.getInstance();

    /**
     * @param dsg the store's dataset graph
     * @param prefixes namespace prefixes to declare in formats that use them
     */
    public RdfExporter(DatasetGraph dsg, Map<String, String> prefixes) {
        this.dsg = dsg;
        this.prefixes = Map.copyOf(prefixes);
    }

    /**
     * Writes the graph and returns the number of statements written. The stream is flushed, not closed.
     */
    public long write(ExportFormat format, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            RDFWriter writer = Rio.createWriter(format.rio(), out);
            writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, format != ExportFormat.NTRIPLES
                    && format != ExportFormat.NQUADS);
            writer.startRDF();
            prefixes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> writer.handleNamespace(e.getKey(), e.getValue()));
            long n = 0;
            if (format.keepsGraphs()) {
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    writer.handleStatement(vf.createStatement(resource(q.getSubject()), vf.createIRI(q.getPredicate().getURI()),
                            value(q.getObject()), q.isDefaultGraph() ? null : resource(q.getGraph())));
                    n++;
                }
            } else {
                Iterator<Triple> it = dsg.getUnionGraph().find(Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Triple t = it.next();
                    writer.handleStatement(vf.createStatement(resource(t.getSubject()), vf.createIRI(t.getPredicate().getURI()),
                            value(t.getObject())));
                    n++;
                }
            }
            writer.endRDF();
            return n;
        });
    }

    private Resource resource(Node n) {
        if (n.isBlank()) {
            return vf.createBNode(n.getBlankNodeLabel());
        }
        return vf.createIRI(n.getURI());
    }

    private Value value(Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        return resource(n);
    }
}
