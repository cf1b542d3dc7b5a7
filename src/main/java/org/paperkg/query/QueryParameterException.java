package org.paperkg.query;

/**
 * A parameter value that a canned query does not accept: an unknown name, a malformed {@code KEY=VALUE}, or a value
 * of the wrong kind. The message names the query and, for unknown names, lists the valid ones.
 */
public final class QueryParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message fit to show to the user. */
    public QueryParameterException(String message) {
        super(message);
    }
}
