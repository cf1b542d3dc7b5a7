package org.paperkg.store;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * SPARQL {@code VALUES} clauses for batched lookups (the store's rankings, the build steps): IRIs and literals written
 * as SPARQL terms.
 *
 * <pre>{@code
 * String clause = Values.of("?paper", papers);   // VALUES ?paper { <...> <...> }
 * }</pre>
 */
public final class Values {
    private Values() {
    }

    /** {@code VALUES ?var { t1 t2 ... }} with one term per node. */
    public static String of(String var, Collection<Node> nodes) {
        StringBuilder sb = new StringBuilder("VALUES ").append(var).append(" {");
        nodes.forEach(n -> sb.append(' ').append(FmtUtils.stringForNode(n)));
        return sb.append(" }").toString();
    }

    /** {@code VALUES (?a ?b ...) { (t1 t2 ...) ... }} with one row per list of nodes, in the order of the variables. */
    public static String of(List<String> vars, Collection<? extends List<Node>> rows) {
        StringBuilder sb = new StringBuilder("VALUES (").append(String.join(" ", vars)).append(") {");
        for (List<Node> row : rows) {
            sb.append(" (");
            row.forEach(n -> sb.append(FmtUtils.stringForNode(n)).append(' '));
            sb.setLength(sb.length() - 1);
            sb.append(')');
        }
        return sb.append(" }").toString();
    }
}
