package org.paperkg.query;

/**
 * A canned-query file that does not follow the header format or does not hold a valid SPARQL SELECT query.
 *
 * <p>The message starts with {@code origin:line:} so that the offending file and line can be found at once.
 */
public final class CannedQueryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String origin;
    private final int line;

    /**
     * Creates the exception for a problem at one line of a file.
     *
     * @param origin the file or classpath resource the query came from
     * @param line the 1-based line number of the problem
     * @param problem what is wrong, without the location
     */
    public CannedQueryFormatException(String origin, int line, String problem) {
        super(origin + ":" + line + ": " + problem);
        this.origin = origin;
        this.line = line;
    }

    /** The file or classpath resource the query came from. */
    public String origin() {
        return origin;
    }

    /** The 1-based line number of the problem. */
    public int line() {
        return line;
    }
}
