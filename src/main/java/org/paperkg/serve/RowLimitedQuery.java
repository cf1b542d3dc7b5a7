package org.paperkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Fuseki's SPARQL query operation with a row limit: a SELECT, CONSTRUCT or DESCRIBE query whose LIMIT is absent or
 * larger than the limit gets at most that many solutions.
 *
 * <p>Every response to such a query carries {@value RowLimit#LIMIT_HEADER}. A SELECT query that had more rows than
 * the limit is answered with the first {@code limit} rows and {@value RowLimit#TRUNCATED_HEADER}{@code : true}; to
 * know that, it runs with LIMIT {@code limit + 1} and holds at most that many rows before answering. Queries that
 * ask for no more rows than the limit stream as usual.
 */
final class RowLimitedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    RowLimitedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (!(q.isSelectType() || q.isConstructType() || q.isDescribeType())) {
            return decided;
        }
        action.setResponseHeader(RowLimit.LIMIT_HEADER, Long.toString(maxRows));
        if (q.hasLimit() && q.getLimit() <= maxRows) {
            return decided;
        }
        Query limited = q.cloneQuery();
        limited.setLimit(q.isSelectType() ? maxRows + 1 : maxRows);
        return Pair.create(decided.getLeft(), limited);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, query, queryStringLog);
        Query executed = queryExec.getQuery();
        if (!result.isRowSet() || executed == null || !executed.hasLimit() || executed.getLimit() != maxRows + 1) {
            return result;
        }
        RowSet rows = result.rowSet();
        List<Binding> kept = new ArrayList<>();
        boolean truncated = false;
        while (rows.hasNext()) {
            Binding row = rows.next();
            if (kept.size() == maxRows) {
                truncated = true;
                break;
            }
            kept.add(row);
        }
        action.setResponseHeader(RowLimit.TRUNCATED_HEADER, Boolean.toString(truncated));
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
