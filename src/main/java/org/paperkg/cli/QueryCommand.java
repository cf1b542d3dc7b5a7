package org.paperkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingLib;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.paperkg.query.Bindings;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.query.QueryResult;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.ResultFormat;
import org.paperkg.store.KgStore;
import org.paperkg.store.RemoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code paperkg query}: lists or runs the canned research questions in {@code queries/*.rq}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a canned research question against the database, or lists them with --list.",
            "Parameters are bound as RDF terms, never pasted into the query text."},
        footer = {"", "Examples:", "  paperkg query --list",
            "  paperkg query what-outperforms --param name=Adam",
            "  paperkg query papers-on-dataset --param name=ImageNet --format csv"})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--list", description = "List the canned queries with their parameters.")
    boolean list;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The canned query to run.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter value; repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Limit on the query's run time (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query a remote SPARQL 1.1 store instead of the TDB2 database (e.g. Fuseki's "
                    + "http://host:3030/ds); its named graphs are queried as one, with a FROM clause per graph.")
    String endpoint;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CannedQueryCatalog catalog = CannedQueryCatalog.fromClasspath();
        if (list) {
            for (CannedQuery q : catalog.list()) {
                out.println(q.name() + " - " + q.title());
                out.println("    " + q.description());
                for (CannedQuery.Param p : q.params()) {
                    out.println("    --param " + p.name() + "=" + p.defaultValue() + "   " + p.description());
                }
            }
            out.flush();
            return 0;
        }
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "give a query NAME or --list");
        }
        Optional<CannedQuery> query = catalog.get(name);
        if (query.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no canned query named '" + name + "'; known: "
                    + String.join(", ", catalog.names()));
        }
        ResultFormat resultFormat;
        Bindings bindings;
        try {
            resultFormat = ResultFormat.parse(format);
            bindings = Bindings.parse(query.get(), params);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (endpoint != null) {
            return runRemote(bindings, resultFormat, out);
        }
        if (!db.exists(spec.commandLine().getErr())) {
            return 1;
        }
        try (KgStore store = KgStore.open(db.db)) {
            QueryRunner runner = QueryRunner.builder(store.dataset()).timeout(Duration.ofSeconds(timeoutSeconds)).build();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            runner.run(bindings, resultFormat, buf);
            out.print(buf.toString(StandardCharsets.UTF_8));
            out.flush();
        }
        return 0;
    }

    /**
     * Runs the query on a remote store: parameters substituted as RDF terms, the limit capped as the local runner
     * caps it, and every named graph of the store in the default graph.
     */
    private int runRemote(Bindings bindings, ResultFormat format, PrintWriter out) {
        if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
            throw new ParameterException(spec.commandLine(), "--endpoint: not an http(s) URL: " + endpoint);
        }
        Query query = QueryRunner.limited(bindings, QueryRunner.DEFAULT_MAX_ROWS);
        Map<Var, Node> terms = new HashMap<>();
        bindings.terms().forEach((name, term) -> terms.put(Var.alloc(name), term));
        Query bound = QueryTransformOps.transform(query, terms);
        List<Binding> rows = new ArrayList<>();
        try (RemoteStore store = RemoteStore.connect(endpoint)) {
            store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", row -> bound.addGraphURI(row.getResource("g").getURI()));
            store.select(bound.serialize(), row -> rows.add(BindingLib.toBinding(row)));
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new QueryResult(bound.getResultVars(), rows, bound.getPrefixMapping().getNsPrefixMap()).write(format, buf);
        out.print(buf.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
