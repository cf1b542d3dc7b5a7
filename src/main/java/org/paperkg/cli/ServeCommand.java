package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.paperkg.ingest.Ingester;
import org.paperkg.kg.IriMinter;
import org.paperkg.pipeline.BuildSummary;
import org.paperkg.pipeline.Pipelines;
import org.paperkg.pipeline.Progress;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.RowLimit;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg serve}: serves the graph over SPARQL and linked data, building it first when the database is empty.
 * Read-only, on 127.0.0.1, without CORS, with a query time limit and a row limit unless options say otherwise.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the SPARQL endpoint, linked-data pages and web front end.",
            "When the database is empty it is first built from the bundled corpus. Ctrl-C stops the server.",
            "The graph is served read-only unless --allow-update is given with --password-file: then SPARQL Update "
                    + "at /kg/update and Graph Store writes at /kg/data need HTTP basic auth; queries stay open."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base of the graph's IRIs, used when building an empty database and to map IRIs onto "
                    + "this server's paths (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Option(names = "--query-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Limit on one query's run time; a query over it gets an error (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "" + RowLimit.DEFAULT_MAX_ROWS, paramLabel = "N",
            description = "Most rows one query answers with on /kg/sparql and /queries; a query asking for more gets "
                    + "N rows and the header " + RowLimit.TRUNCATED_HEADER + ": true (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let the scripts of one web origin read from the server, e.g. "
                    + "https://example.org; no CORS headers are sent without it.")
    String corsOrigin;

    @Option(names = "--allow-update",
            description = "Serve SPARQL Update at /kg/update and Graph Store writes at /kg/data to users of "
                    + "--password-file (HTTP basic auth; use TLS in front of it off this machine).")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to update, one 'USER: PASSWORD' line each (Jetty's format), re-read within "
                    + "seconds when it changes; needs --allow-update.")
    Path passwordFile;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        IriMinter iris = IriMinter.of(baseIri);
        KgStore store = KgStore.open(db.db);
        try {
            if (store.isEmpty()) {
                err.println("The database " + db.db + " is empty: building it from " + BuildCommand.defaultInput());
                BuildSummary s = Pipelines.build(store, List.of(BuildCommand.defaultInput()), iris, Ingester.detecting(),
                        Runtime.getRuntime().availableProcessors(), new Progress(err, true));
                BuildCommand.print(out, s);
            }
            String base = Pipelines.recordedBaseIri(store).orElse(iris.base());
            if (!base.equals(iris.base()) && !baseIri.equals(IriMinter.DEFAULT_BASE)) {
                err.println("paperkg: note: the graph in " + db.db + " was built under " + base + "; serving it as such");
            }
            KgServer.Builder builder = KgServer.builder()
                    .dataset(store.dataset())
                    .baseIri(base)
                    .host(host)
                    .port(port)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .maxRows(maxRows);
            if (corsOrigin != null) {
                builder.corsOrigin(corsOrigin);
            }
            if (allowUpdate) {
                builder.allowUpdate(passwordFile);
            }
            KgServer server = builder.build().start();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                store.close();
                stopped.countDown();
            }, "paperkg-shutdown"));
            printBanner(out, server);
            stopped.await();
            return 0;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Rejects option combinations and values that cannot work, before the database is opened. */
    private void checkOptions() {
        if (allowUpdate && passwordFile == null) {
            throw new ParameterException(spec.commandLine(), "--allow-update needs --password-file FILE: updates are "
                    + "only served to users who log in");
        }
        if (!allowUpdate && passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "--password-file is only used with --allow-update");
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--query-timeout must be at least 1 second: " + timeoutSeconds);
        }
        try {
            KgServer.Builder probe = KgServer.builder().maxRows(maxRows).port(port);
            if (corsOrigin != null) {
                probe.corsOrigin(corsOrigin);
            }
            if (allowUpdate) {
                probe.allowUpdate(passwordFile);
            }
            probe.checkSettings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private void printBanner(PrintWriter out, KgServer server) {
        String sparql = server.sparqlUrl();
        out.println();
        out.println("paperkg is serving the knowledge graph:");
        out.println("  web front end      " + server.baseUrl());
        out.println("  search             " + server.baseUrl() + "search?q=diffusion");
        out.println("  SPARQL endpoint    " + sparql + (server.updateUrl().isPresent() ? "" : "   (read-only)"));
        server.updateUrl().ifPresent(u -> out.println("  SPARQL Update      " + u + "   (HTTP basic auth)"));
        server.dataUrl().ifPresent(u -> out.println("  Graph Store        " + u + "   (HTTP basic auth)"));
        out.println("  SPARQL editor      " + server.baseUrl() + "sparql   and the Fuseki UI at "
                + server.baseUrl() + "index.html#/dataset/kg/query");
        out.println("  canned queries     " + server.baseUrl() + "queries");
        out.println("  dataset (VoID)     " + server.baseUrl() + ".well-known/void");
        out.println("  dumps              " + server.baseUrl() + "dump/paperkg.ttl (also .nt .nq .trig .jsonld .rdf)");
        out.println();
        out.println("Try:");
        out.println("  curl -s " + sparql + " -H 'Accept: text/csv' --data-urlencode \\");
        out.println("    'query=PREFIX pkg: <https://w3id.org/paperkg/ontology#> PREFIX skos: "
                + "<http://www.w3.org/2004/02/skos/core#> SELECT ?winner ?loser WHERE { ?w pkg:outperforms ?l . "
                + "?w skos:prefLabel ?winner . ?l skos:prefLabel ?loser } LIMIT 10'");
        out.println("  curl -s '" + server.baseUrl() + "queries/papers-on-dataset?dataset=ImageNet' "
                + "-H 'Accept: text/csv'");
        out.println();
        out.println("Limits: " + timeoutSeconds + " s per query, at most " + maxRows + " rows per answer; listening on "
                + host + " only; " + (corsOrigin == null ? "no CORS." : "CORS for " + corsOrigin + " only."));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
