package org.paperkg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperkg.extract.ExtractionJson;
import org.paperkg.ingest.Ingester;
import org.paperkg.pipeline.ExtractPipeline;
import org.paperkg.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg extract}: extraction without a database, one JSON object per distinct paper per line, written
 * while the input is still being read (a paper listed several times is extracted once, from its winning abstract,
 * see {@link ExtractPipeline}).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts datasets, models, methods, tasks, metrics, proposed names, code links and "
                + "comparative claims from listings and writes one JSON object per distinct paper per line.",
            "Fields follow the annotation guide; sentence_start/sentence_end and aliases are extensions.",
            "A paper listed several times is extracted once, from its longest abstract, at that listing's place."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "File or folder to read; repeatable. The format of each file is detected as by build: "
                    + "Daily Papers pages, Daily Papers API JSON, JSON Lines, arXiv API Atom or CSV, each may be gzipped.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path outFile;

    @Mixin
    ExtractionOptions run;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!ExtractionOptions.allFound(inputs, err)) {
            return 1;
        }
        ExtractionJson json = new ExtractionJson();
        ExtractPipeline pipeline = new ExtractPipeline(Pipelines.extractor(), Ingester.detecting(),
                run.threads(), run.progress(err));
        ExtractPipeline.Result r;
        if (outFile == null) {
            PrintWriter out = spec.commandLine().getOut();
            r = pipeline.run(inputs, e -> out.println(json.write(e)));
            out.flush();
        } else {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
                r = pipeline.run(inputs, e -> {
                    try {
                        w.write(json.write(e));
                        w.write('\n');
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            }
        }
        r.rejections().forEach(x -> err.println("paperkg: rejected " + x));
        err.printf(Locale.ROOT, "Extracted %,d papers from %,d listings (%,d rejected)%n", r.papers(), r.listings(),
                r.rejections().size());
        err.flush();
        return run.status(r.rejections());
    }
}
