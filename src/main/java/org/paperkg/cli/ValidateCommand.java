package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paperkg.kg.ConformanceReport;
import org.paperkg.kg.ShapeValidator;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code paperkg validate}: checks the graph against the SHACL shapes in {@code ontology/shapes.ttl}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the knowledge graph against the SHACL shapes (ontology/shapes.ttl). "
                + "Exit status 0 when it conforms, 1 with a report when it does not.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!db.exists(spec.commandLine().getErr())) {
            return 1;
        }
        try (KgStore store = KgStore.open(db.db)) {
            ShapeValidator validator = ShapeValidator.fromClasspath();
            ConformanceReport report = store.read(() -> validator.validate(store.datasetGraph().getUnionGraph()));
            if (report.conforms()) {
                out.println("The graph in " + db.db + " conforms to the paperkg shapes.");
                return 0;
            }
            out.println("The graph in " + db.db + " does NOT conform: " + report.violations() + " violation(s).");
            out.println(report.text());
            return 1;
        }
    }
}
