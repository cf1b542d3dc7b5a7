package org.paperkg.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Writes named graphs into the store, each replacing whatever the graph held before.
 *
 * <p>Triples sent to the stream land in the named graph given to {@link #replace}, whatever graph the stream's
 * quads name. {@link #close()} finishes loading; a loader whose {@code close} is never reached leaves the database
 * as it was before the unfinished graph.
 */
public interface GraphLoader extends AutoCloseable {

    /**
     * Replaces one named graph with what {@code body} sends to the stream it is given.
     *
     * @param graph the named graph
     * @param body writes the graph's content
     */
    void replace(Node graph, Consumer<StreamRDF> body);

    /** Finishes loading and makes everything loaded durable. */
    @Override
    void close();
}
