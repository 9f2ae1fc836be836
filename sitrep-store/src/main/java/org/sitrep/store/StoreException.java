package org.sitrep.store;

/** The store failed: the message is one line, fit for stderr, and never shows a password. */
public class StoreException extends RuntimeException {

    private final String reason;

    /**
     * @param what   what could not be done ("cannot store a.txt")
     * @param reason why, in one line
     */
    public StoreException(String what, String reason, Throwable cause) {
        super(what + ": " + reason, cause);
        this.reason = reason;
    }

    /** Why it failed, without saying what failed: for callers that name the input themselves. */
    public String reason() {
        return reason;
    }
}
