package org.paperkg.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** A stream that passes every quad it receives on as a triple, for writing one graph's content. */
final class TriplesOnly extends StreamRDFWrapper {

    TriplesOnly(StreamRDF out) {
        super(out);
    }

    @Override
    public void quad(Quad q) {
        other.triple(q.asTriple());
    }

    @Override
    public void start() {
        // The writer's lifecycle belongs to the loader, which starts and finishes it around one graph.
    }

    @Override
    public void finish() {
        // As start().
    }
}
