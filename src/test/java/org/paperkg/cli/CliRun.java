package org.paperkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the paperkg command line with captured output, for tests.
 *
 * @param status the exit status
 * @param out what the command wrote to standard output
 * @param err what the command wrote to standard error
 */
record CliRun(int status, String out, String err) {

    /** Runs paperkg with the given arguments through the same entry point as {@code main}. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PaperKg.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
