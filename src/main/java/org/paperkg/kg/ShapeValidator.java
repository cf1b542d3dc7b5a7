package org.paperkg.kg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * The validator of a knowledge graph against the paperkg SHACL shapes ({@code ontology/shapes.ttl}).
 *
 * <pre>{@code
 * ConformanceReport report = ShapeValidator.fromClasspath().validate(dataset.getUnionGraph());
 * if (!report.conforms()) {
 *     System.err.println(report.text());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ShapeValidator {

    /** The classpath location of the shapes, as packaged in the jar. */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";
    /** The most validation results spelled out in a report's text. */
    public static final int MAX_REPORTED = 100;

    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * A validator for the shapes packaged at {@link #SHAPES_RESOURCE}.
     *
     * @throws IllegalStateException when the shapes are not on the classpath
     */
    public static ShapeValidator fromClasspath() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES_RESOURCE + " is not on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHAPES_RESOURCE, e);
        }
        return of(g);
    }

    /** A validator for the shapes in a graph. */
    public static ShapeValidator of(Graph shapesGraph) {
        return new ShapeValidator(Shapes.parse(Objects.requireNonNull(shapesGraph, "shapesGraph")));
    }

    /** Validates a data graph, such as the union graph of the store, against the shapes. */
    public ConformanceReport validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, Objects.requireNonNull(data, "data"));
        if (report.conforms()) {
            return new ConformanceReport(true, 0, "conforms");
        }
        PrefixMapping pm = new PrefixMappingImpl().setNsPrefixes(Vocab.PREFIXES);
        Prologue prologue = new Prologue(pm);
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            StringBuilder sb = new StringBuilder();
            sb.append(e.severity().level().getLocalName()).append(": ")
                    .append(FmtUtils.stringForNode(e.focusNode(), pm));
            if (e.resultPath() != null) {
                sb.append(' ').append(PathWriter.asString(e.resultPath(), prologue));
            }
            sb.append(": ").append(e.message());
            if (e.value() != null) {
                sb.append(" (value ").append(FmtUtils.stringForNode(e.value(), pm)).append(')');
            }
            lines.add(sb.toString());
        }
        lines.sort(null);
        StringBuilder text = new StringBuilder();
        text.append(lines.size()).append(lines.size() == 1 ? " violation" : " violations").append(" of ")
                .append(SHAPES_RESOURCE).append(':');
        lines.stream().limit(MAX_REPORTED).forEach(l -> text.append(System.lineSeparator()).append("  ").append(l));
        if (lines.size() > MAX_REPORTED) {
            text.append(System.lineSeparator()).append("  ... and ").append(lines.size() - MAX_REPORTED).append(" more");
        }
        return new ConformanceReport(false, lines.size(), text.toString());
    }
}
