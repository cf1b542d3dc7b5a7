package org.paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperkg.export.ExportFormat;
import org.paperkg.export.RdfExporter;
import org.paperkg.kg.Vocab;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code paperkg export}: writes the whole graph in one RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole knowledge graph as RDF (with RDF4J Rio).",
            "N-Quads and TriG keep each source's named graph; the other formats hold the union of all graphs."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--format", defaultValue = "turtle", paramLabel = "FORMAT",
            description = "turtle, ntriples, nquads, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.byLabel(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format: unknown format '" + format + "' (expected one of: " + ExportFormat.labels() + ")"));
        if (!db.exists(spec.commandLine().getErr())) {
            return 1;
        }
        PrintWriter err = spec.commandLine().getErr();
        try (KgStore store = KgStore.open(db.db)) {
            RdfExporter exporter = new RdfExporter(store.datasetGraph(), Vocab.PREFIXES);
            long n;
            if (outFile == null) {
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                n = exporter.write(f, out);
                out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outFile), 1 << 16)) {
                    n = exporter.write(f, out);
                }
                err.printf(Locale.ROOT, "Wrote %,d statements to %s%n", n, outFile);
            }
        }
        return 0;
    }
}
