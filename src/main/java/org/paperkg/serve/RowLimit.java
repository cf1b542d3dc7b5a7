package org.paperkg.serve;

/**
 * The HTTP headers that tell a client how the server's result-row limit applied to its query, on {@code /kg/sparql}
 * and {@code /queries/NAME}.
 *
 * <p>Example response headers of a query that asked for more rows than a limit of 10000:
 * <pre>
 * Paperkg-Row-Limit: 10000
 * Paperkg-Results-Truncated: true
 * </pre>
 */
public final class RowLimit {
    /** The server's row limit, sent with every SELECT, CONSTRUCT and DESCRIBE answer that it may apply to. */
    public static final String LIMIT_HEADER = "Paperkg-Row-Limit";
    /** {@code true} when rows beyond the limit were left out, {@code false} when the limit cut nothing. */
    public static final String TRUNCATED_HEADER = "Paperkg-Results-Truncated";
    /** The most rows a query answers with unless the server is configured otherwise. */
    public static final int DEFAULT_MAX_ROWS = 10_000;

    private RowLimit() {
    }
}
