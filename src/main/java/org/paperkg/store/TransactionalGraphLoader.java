package org.paperkg.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Replaces each graph in a write transaction of its own, so a crash loses at most the graph being written. */
final class TransactionalGraphLoader implements GraphLoader {
    private final DatasetGraph dsg;

    TransactionalGraphLoader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void replace(Node graph, Consumer<StreamRDF> body) {
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            body.accept(new IntoGraph(StreamRDFLib.dataset(dsg), graph));
        });
    }

    @Override
    public void close() {
        // Every graph was committed by replace().
    }
}
