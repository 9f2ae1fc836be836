package org.sitrep.store;

/** The store failed: the message is one line, fit for stderr, and never shows a password. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
