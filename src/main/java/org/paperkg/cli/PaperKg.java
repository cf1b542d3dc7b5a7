package org.paperkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code paperkg} command line: build the knowledge graph, serve it, query, export, extract, validate and
 * evaluate.
 *
 * <pre>{@code
 * paperkg build                       # the bundled corpus into db/
 * paperkg serve                       # http://127.0.0.1:3030/
 * paperkg query what-outperforms --param name=Adam
 * }</pre>
 */
@Command(name = "paperkg",
        mixinStandardHelpOptions = true,
        versionProvider = PaperKg.Version.class,
        description = "Builds a knowledge graph of machine-learning papers (methods, models, datasets, tasks, "
                + "metrics, code and comparative claims) and serves it over SPARQL.",
        subcommands = {
            BuildCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            ExtractCommand.class,
            ValidateCommand.class,
            EvalCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Quick start:  paperkg serve   (builds the bundled corpus into db/ on first run)",
            "Exit status: 0 success, 1 failure, 2 usage error."})
public final class PaperKg implements Runnable {
    @Spec
    CommandSpec spec;

    /** Runs paperkg with the given arguments and exits with its status. */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** A command line with paperkg's error handling, writing to standard output and error. */
    public static CommandLine newCommandLine() {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** A command line with paperkg's error handling, writing to the given writers (for tests and embedding). */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PaperKg());
        // every subcommand offers -V/--version (mixinStandardHelpOptions) and prints the same version
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("paperkg: error: " + message(ex));
            cmd.getErr().flush();
            return 1;
        });
        return cl;
    }

    /**
     * The message of a failure for people: the first in the chain of causes that says more than "an exception
     * happened" (a wrapper's message that only repeats its cause is passed over), and for a file system failure the
     * file with the reason (Java's {@code NoSuchFileException} says only the file).
     */
    private static String message(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        if (t instanceof FileSystemException f) {
            return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason(f);
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static String reason(FileSystemException f) {
        if (f.getReason() != null) {
            return f.getReason();
        }
        if (f instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (f instanceof NotDirectoryException) {
            return "not a folder";
        }
        return f.getClass().getSimpleName();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = PaperKg.class.getResourceAsStream("/paperkg-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"paperkg " + p.getProperty("version", "development build"),
                "Java " + System.getProperty("java.version") + ", Apache Jena 5.6, RDF4J Rio 5.2"};
        }
    }
}
