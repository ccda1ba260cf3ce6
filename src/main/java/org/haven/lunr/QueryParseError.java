package org.haven.lunr;

/** lunr.QueryParseError: a query string that lunr's query syntax cannot parse. */
public final class QueryParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final int start;
    public final int end;

    public QueryParseError(String message, int start, int end) {
        super(message);
        this.start = start;
        this.end = end;
    }
}
