package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** A stream that puts every triple and quad it receives into one named graph. */
final class IntoGraph extends StreamRDFWrapper {
    private final Node graph;

    IntoGraph(StreamRDF out, Node graph) {
        super(out);
        this.graph = graph;
    }

    @Override
    public void triple(Triple t) {
        other.quad(Quad.create(graph, t));
    }

    @Override
    public void quad(Quad q) {
        other.quad(Quad.create(graph, q.asTriple()));
    }

    @Override
    public void start() {
        // The loader owns the stream's lifecycle: graphs are streamed one after another.
    }

    @Override
    public void finish() {
        // As start(): ends with the loader, not with one graph.
    }
}
