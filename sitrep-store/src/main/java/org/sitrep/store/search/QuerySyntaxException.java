package org.sitrep.store.search;

/** A search query that cannot be read; the message says why, in the user's terms. */
public final class QuerySyntaxException extends Exception {

    public QuerySyntaxException(String message) {
        super(message);
    }
}
