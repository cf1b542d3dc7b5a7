package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperkg.ingest.Ingester;
import org.paperkg.ingest.InputFormat;
import org.paperkg.kg.IriMinter;
import org.paperkg.model.EntityType;
import org.paperkg.pipeline.BuildSummary;
import org.paperkg.pipeline.Pipelines;
import org.paperkg.store.GraphStore;
import org.paperkg.store.KgStore;
import org.paperkg.store.RemoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code paperkg build}: reads listings, extracts, maps to RDF and loads the TDB2 database. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds or updates the knowledge graph from listing files.",
            "Each input file becomes one named graph; files whose content has not changed since the last build are "
                    + "skipped, changed ones are replaced, so re-running a build changes nothing."})
final class BuildCommand implements Callable<Integer> {
    /** The bundled corpus, used when no input is given. */
    static final Path DEFAULT_INPUT = Path.of("data", "daily-papers");

    /**
     * The bundled corpus: {@code data/daily-papers} in the working folder, else in the checkout the launcher runs
     * from ({@code PAPERKG_HOME}).
     */
    static Path defaultInput() {
        String home = System.getenv("PAPERKG_HOME");
        if (!Files.isDirectory(DEFAULT_INPUT) && home != null && Files.isDirectory(Path.of(home).resolve(DEFAULT_INPUT))) {
            return Path.of(home).resolve(DEFAULT_INPUT);
        }
        return DEFAULT_INPUT;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--input", paramLabel = "PATH",
            description = "File or folder to read; repeatable (default: the bundled corpus data/daily-papers/). "
                    + "The format of each file is detected from its name and content: txt files are Daily Papers "
                    + "pages, json Daily Papers API JSON, jsonl JSON Lines, atom and xml arXiv API Atom, csv CSV with a "
                    + "header row; each may be gzipped.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input in this format instead of detecting it: daily-papers, jsonl, "
                    + "daily-papers-json, arxiv-atom, csv.")
    String inputFormat;

    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base of the IRIs minted for papers, entities and claims (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Mixin
    ExtractionOptions run;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Build into a remote SPARQL 1.1 store instead of the TDB2 database: the dataset URL that "
                    + "serves queries, SPARQL Update and the Graph Store Protocol (e.g. Fuseki's http://host:3030/ds).")
    String endpoint;

    @Option(names = "--build-time", hidden = true, paramLabel = "INSTANT",
            description = "Record this instant (ISO-8601) as the build time instead of now, so builds compare equal.")
    Instant buildTime;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> in = inputs.isEmpty() ? List.of(defaultInput()) : inputs;
        IriMinter iris;
        try {
            iris = IriMinter.of(baseIri);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--base-iri: " + e.getMessage());
        }
        Ingester ingester = inputFormat == null ? Ingester.detecting()
                : Ingester.forcing(InputFormat.byLabel(inputFormat).orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "--input-format: unknown format '" + inputFormat + "' (expected one of: "
                                + InputFormat.labels() + ")")));
        if (!ExtractionOptions.allFound(in, err)) {
            return 1;
        }
        if (endpoint != null && !endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
            throw new ParameterException(spec.commandLine(), "--endpoint: not an http(s) URL: " + endpoint);
        }
        BuildSummary s;
        try (GraphStore store = endpoint == null ? KgStore.open(db.db) : RemoteStore.connect(endpoint)) {
            s = Pipelines.build(store, in, iris, ingester, run.threads(), run.progress(err),
                    buildTime == null ? Clock.systemUTC() : Clock.fixed(buildTime, ZoneOffset.UTC));
        }
        print(out, s);
        return run.status(s.rejections());
    }

    static void print(PrintWriter out, BuildSummary s) {
        out.printf(Locale.ROOT, "Built the knowledge graph in %.1f s%s%n", s.seconds(), s.bulk() ? " (bulk load)" : "");
        out.printf(Locale.ROOT, "  sources:   %d loaded, %d unchanged%n", s.sourcesLoaded(), s.sourcesUnchanged());
        out.printf(Locale.ROOT, "  listings:  %,d read, %,d rejected%n", s.listingsRead(), s.rejections().size());
        out.printf(Locale.ROOT, "  papers:    %,d distinct%n", s.papers());
        for (EntityType t : EntityType.values()) {
            out.printf(Locale.ROOT, "  %-10s %,d%n", t.field() + ":", s.entities().getOrDefault(t, 0L));
        }
        out.printf(Locale.ROOT, "  claims:    %,d%n", s.claims());
        out.printf(Locale.ROOT, "  triples:   %,d%n", s.triples());
        if (!s.rejections().isEmpty()) {
            out.println("Rejected records:");
            s.rejections().stream().limit(50).forEach(r -> out.println("  " + r));
            if (s.rejections().size() > 50) {
                out.printf(Locale.ROOT, "  ... and %,d more%n", s.rejections().size() - 50);
            }
        }
        out.flush();
    }
}
