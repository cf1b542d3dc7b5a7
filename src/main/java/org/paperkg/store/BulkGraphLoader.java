package org.paperkg.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;

/** Loads graphs into an empty database with TDB2's bulk loader, all in one bulk run. */
final class BulkGraphLoader implements GraphLoader {
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean failed;

    BulkGraphLoader(DataLoader loader) {
        this.loader = loader;
        loader.startBulk();
        this.stream = loader.stream();
        stream.start();
    }

    @Override
    public void replace(Node graph, Consumer<StreamRDF> body) {
        try {
            body.accept(new IntoGraph(stream, graph));
        } catch (RuntimeException e) {
            failed = true;
            loader.finishException(e);
            throw e;
        }
    }

    @Override
    public void close() {
        if (!failed) {
            stream.finish();
            loader.finishBulk();
        }
    }
}
