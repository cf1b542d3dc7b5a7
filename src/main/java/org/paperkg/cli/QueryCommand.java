package org.paperkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperkg.query.Bindings;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.ResultFormat;
import org.paperkg.store.KgStore;
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
        if (!Files.isDirectory(db.db)) {
            spec.commandLine().getErr().println("paperkg: error: no database at " + db.db + " (run paperkg build first)");
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
}
