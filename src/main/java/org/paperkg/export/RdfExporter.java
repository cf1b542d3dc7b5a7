package org.paperkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.document.Document;
import no.hasmac.jsonld.document.JsonDocument;
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
import org.eclipse.rdf4j.rio.helpers.TurtleWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

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
    /** The JSON-LD context published with the ontology, used to frame JSON-LD exports. */
    public static final String CONTEXT_RESOURCE = "ontology/context.jsonld";
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
            // Numbers keep their lexical form ("0.9"^^xsd:double, not 9.0E-1), so the export is term-for-term the store.
            writer.getWriterConfig().set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
            if (format == ExportFormat.JSONLD) {
                writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.FRAME);
                writer.getWriterConfig().set(JSONLDSettings.FRAME, frame());
            }
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
                // One predicate at a time: the union graph then reads an index with the graph last and drops
                // duplicates as they come, where a find of every triple would hold all of them to drop duplicates.
                Set<Node> predicates = new TreeSet<>(Comparator.comparing(Node::getURI));
                dsg.find().forEachRemaining(q -> predicates.add(q.getPredicate()));
                for (Node p : predicates) {
                    Iterator<Triple> it = dsg.getUnionGraph().find(Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Triple t = it.next();
                        writer.handleStatement(vf.createStatement(resource(t.getSubject()),
                                vf.createIRI(t.getPredicate().getURI()), value(t.getObject())));
                        n++;
                    }
                }
            }
            writer.endRDF();
            return n;
        });
    }

    /**
     * The JSON-LD frame that gives the export paperkg's published context ({@code ontology/context.jsonld}), so
     * that properties and classes appear under their readable names.
     */
    private static Document frame() {
        try (InputStream in = RdfExporter.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CONTEXT_RESOURCE + " is not on the classpath");
            }
            return JsonDocument.of(in);
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException("cannot read " + CONTEXT_RESOURCE + ": " + e.getMessage(), e);
        }
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
