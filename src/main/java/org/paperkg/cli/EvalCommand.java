package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.eval.EvalReport;
import org.paperkg.eval.Evaluator;
import org.paperkg.eval.GoldReader;
import org.paperkg.eval.GoldRecord;
import org.paperkg.ingest.Ingester;
import org.paperkg.model.Extraction;
import org.paperkg.pipeline.ExtractPipeline;
import org.paperkg.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperkg eval}: scores the extractor against a gold file written by the annotation guide. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs extraction on the input and scores it against a gold JSON Lines file: precision, "
                + "recall and F1 per field (core items count for recall; a prediction matching core or optional "
                + "items is correct; names match after lower-casing and removing punctuation and spaces)."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotations (JSON Lines).")
    List<Path> gold;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "The papers to extract from (JSON Lines with title and abstract, or listing pages).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--errors", description = "Also list each paper's missed and spurious items.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoldReader reader = new GoldReader();
        List<GoldRecord> records = new ArrayList<>();
        for (Path g : gold) {
            GoldReader.Result r = reader.read(g);
            r.errors().forEach(e -> err.println("paperkg: gold: " + e));
            records.addAll(r.records());
        }
        List<Extraction> predictions = new ArrayList<>();
        ExtractPipeline.Result r = new ExtractPipeline(Pipelines.extractor(), Ingester.detecting(),
                Runtime.getRuntime().availableProcessors()).run(inputs, predictions::add);
        r.rejections().forEach(e -> err.println("paperkg: rejected " + e));
        EvalReport report = new Evaluator().score(records, predictions);
        if ("json".equalsIgnoreCase(format)) {
            out.println(report.toJson());
        } else {
            out.print(report.table());
            if (errors) {
                out.println();
                out.print(report.errorsText());
            }
        }
        out.flush();
        return 0;
    }
}
