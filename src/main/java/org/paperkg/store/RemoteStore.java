package org.paperkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.update.UpdateRequest;

/**
 * A remote SPARQL 1.1 store reached over HTTP: queries through the SPARQL protocol, changes through SPARQL Update,
 * and each named graph replaced with one Graph Store Protocol {@code PUT}. Query, update and graph store requests
 * all go to one dataset URL, as Apache Jena Fuseki serves them ({@code http://host:3030/ds}).
 *
 * <p>A graph is streamed to a temporary N-Triples file and sent from there, so a large graph never sits in memory.
 * The store's default graph is not assumed to be the union of its named graphs.
 *
 * <pre>{@code
 * try (RemoteStore store = RemoteStore.connect("http://localhost:3030/ds")) {
 *     BuildPipeline.builder().store(store).extractor(Pipelines.extractor(), Pipelines.extractorVersion()).build()
 *             .run(List.of(Path.of("papers.jsonl")));
 * }
 * }</pre>
 */
public final class RemoteStore implements GraphStore {
    private final String url;
    private final RDFConnection conn;

    private RemoteStore(String url, RDFConnection conn) {
        this.url = url;
        this.conn = conn;
    }

    /**
     * Connects to the dataset at a URL; nothing is sent until the first request.
     *
     * @throws IllegalArgumentException when the URL is not http or https
     */
    public static RemoteStore connect(String datasetUrl) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        if (!datasetUrl.startsWith("http://") && !datasetUrl.startsWith("https://")) {
            throw new IllegalArgumentException("not an http(s) URL: " + datasetUrl);
        }
        return new RemoteStore(datasetUrl, RDFConnectionRemote.newBuilder().destination(datasetUrl).build());
    }

    @Override
    public String location() {
        return url;
    }

    @Override
    public boolean isEmpty() {
        return !conn.queryAsk("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
    }

    /** Always false: a remote store's default graph is whatever it was configured to be. */
    @Override
    public boolean unionDefaultGraph() {
        return false;
    }

    @Override
    public void select(String query, Consumer<QuerySolution> rows) {
        conn.querySelect(query, rows);
    }

    @Override
    public void update(UpdateRequest request) {
        conn.update(request);
    }

    /** A loader that replaces each graph with a Graph Store Protocol PUT; there is no bulk mode. */
    @Override
    public GraphLoader loader(boolean bulk, MonitorOutput monitor) {
        return new GraphLoader() {
            @Override
            public void replace(Node graph, Consumer<StreamRDF> body) {
                put(graph, body);
            }

            @Override
            public void close() {
                // Every graph was sent by replace().
            }
        };
    }

    private void put(Node graph, Consumer<StreamRDF> body) {
        Path file = null;
        try {
            file = Files.createTempFile("paperkg-graph-", ".nt");
            try (OutputStream out = Files.newOutputStream(file)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
                writer.start();
                body.accept(new TriplesOnly(writer));
                writer.finish();
            }
            conn.put(graph.getURI(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage graph " + graph.getURI() + " for upload", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    @Override
    public void close() {
        conn.close();
    }
}
