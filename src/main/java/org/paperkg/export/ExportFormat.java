package org.paperkg.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The formats {@code paperkg export} writes, each backed by an RDF4J Rio writer. */
public enum ExportFormat {
    TURTLE("turtle", RDFFormat.TURTLE),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES),
    NQUADS("nquads", RDFFormat.NQUADS),
    TRIG("trig", RDFFormat.TRIG),
    JSONLD("jsonld", RDFFormat.JSONLD),
    RDFXML("rdfxml", RDFFormat.RDFXML);

    private final String label;
    private final RDFFormat rio;

    ExportFormat(String label, RDFFormat rio) {
        this.label = label;
        this.rio = rio;
    }

    /** The name used on the command line, e.g. {@code "turtle"}. */
    public String label() {
        return label;
    }

    /** The Rio format. */
    public RDFFormat rio() {
        return rio;
    }

    /** Whether the format keeps named graphs (N-Quads, TriG); the others get the union of all graphs. */
    public boolean keepsGraphs() {
        return this == NQUADS || this == TRIG;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return rio.getDefaultFileExtension();
    }

    /** The format with this label. */
    public static Optional<ExportFormat> byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equalsIgnoreCase(label)).findFirst();
    }

    /** All labels, comma-separated. */
    public static String labels() {
        return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
    }
}
