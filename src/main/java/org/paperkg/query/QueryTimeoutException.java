package org.paperkg.query;

import java.time.Duration;

/**
 * A canned query that did not finish within the runner's time limit. It is thrown instead of returning partial or
 * empty results.
 */
public final class QueryTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration limit;

    /**
     * Creates the exception for one query.
     *
     * @param queryName the canned query that timed out
     * @param limit the time limit it exceeded
     * @param cause the query engine's cancellation
     */
    public QueryTimeoutException(String queryName, Duration limit, Throwable cause) {
        super("query '" + queryName + "' did not finish within the time limit of " + limit.toMillis() + " ms", cause);
        this.limit = limit;
    }

    /** The time limit that was exceeded. */
    public Duration limit() {
        return limit;
    }
}
