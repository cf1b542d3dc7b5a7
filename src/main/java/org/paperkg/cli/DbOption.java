package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the database. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "db",
            description = "TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;

    /**
     * Whether the database folder exists; when it does not, says so on {@code err}, so that a command that only
     * reads the database fails clearly instead of creating an empty one.
     */
    boolean exists(PrintWriter err) {
        if (Files.isDirectory(db)) {
            return true;
        }
        err.println("paperkg: error: no database at " + db + " (run paperkg build first)");
        err.flush();
        return false;
    }
}
