package org.sitrep.store.search;

/** The search index could not be read or written (its folder, a lock held by another process); one line for the user. */
public final class SearchIndexException extends RuntimeException {

    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
