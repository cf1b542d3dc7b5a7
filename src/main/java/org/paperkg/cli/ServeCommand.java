package org.paperkg.cli;

import java.io.PrintWriter;
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
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperkg serve}: serves the graph over SPARQL and linked data, building it first when the database is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the SPARQL endpoint, linked-data pages and web front end.",
            "When the database is empty it is first built from the bundled corpus. Ctrl-C stops the server."})
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

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
            KgServer server = KgServer.builder()
                    .dataset(store.dataset())
                    .baseIri(base)
                    .host(host)
                    .port(port)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .build()
                    .start();
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

    private static void printBanner(PrintWriter out, KgServer server) {
        String sparql = server.sparqlUrl();
        out.println();
        out.println("paperkg is serving the knowledge graph:");
        out.println("  web front end      " + server.baseUrl());
        out.println("  search             " + server.baseUrl() + "search?q=diffusion");
        out.println("  SPARQL endpoint    " + sparql + "   (read-only)");
        out.println("  SPARQL editor      " + server.baseUrl() + "sparql   and the Fuseki UI at "
                + server.baseUrl() + "index.html#/dataset/kg/query");
        out.println("  canned queries     " + server.baseUrl() + "queries");
        out.println("  dataset (VoID)     " + server.baseUrl() + ".well-known/void");
        out.println("  dumps              " + server.baseUrl() + "dump/paperkg.ttl (also .nt .nq .trig .jsonld .rdf)");
        out.println();
        out.println("Try:");
        out.println("  curl -s " + sparql + " -H 'Accept: text/csv' --data-urlencode \\");
        out.println("    'query=PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT ?winner ?loser "
                + "WHERE { ?w pkg:outperforms ?l . ?w rdfs:label ?winner . ?l rdfs:label ?loser } LIMIT 10'"
                        .replace("SELECT", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT"));
        out.println("  curl -s " + sparql + " -H 'Accept: application/sparql-results+json' --data-urlencode \\");
        out.println("    'query=PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT ?dataset (COUNT(?p) AS ?papers) "
                + "WHERE { ?p pkg:usesDataset ?d . ?d pkg:normalizedName ?dataset } GROUP BY ?dataset ORDER BY DESC(?papers) LIMIT 10'");
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
