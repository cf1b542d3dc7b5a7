package org.paperkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the database. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "db",
            description = "TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;
}
