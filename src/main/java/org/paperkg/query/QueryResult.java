package org.paperkg.query;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * The complete rows of one SELECT query, held in memory and detached from the store's transaction.
 *
 * <p>Example: {@code runner.select(bindings).write(ResultFormat.CSV, System.out);}
 *
 * @param variables the result columns, in SELECT order
 * @param rows the solutions, in result order; a row may leave a column unbound
 * @param prefixes prefix-to-namespace mappings used to shorten IRIs in {@link ResultFormat#TABLE}
 */
public record QueryResult(List<String> variables, List<Binding> rows, Map<String, String> prefixes) {

    /** Copies the lists and the prefix map. */
    public QueryResult {
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
        prefixes = Map.copyOf(prefixes);
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** The term in a row and column, empty when that column is unbound in the row. */
    public Optional<Node> get(int row, String variable) {
        return Optional.ofNullable(rows.get(row).get(Var.alloc(variable)));
    }

    /** A fresh, single-pass Jena view of the rows. */
    public RowSet rowSet() {
        return RowSetStream.create(Var.varList(variables), rows.iterator());
    }

    /** Writes all rows to {@code out} in the given format; the stream is flushed, not closed. */
    public void write(ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(prefixes);
            ResultSetFormatter.out(out, ResultSet.adapt(rowSet()), pm);
        } else {
            ResultsWriter.create().lang(format.lang()).build().write(out, rowSet());
        }
    }
}
