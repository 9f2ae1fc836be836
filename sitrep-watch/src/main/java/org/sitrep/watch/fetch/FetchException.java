package org.sitrep.watch.fetch;

/** A fetch that failed: the message is one line in the user's terms ("refused: 10.0.0.5 is a private address"). */
public class FetchException extends Exception {

    private final boolean refused;

    public FetchException(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    public FetchException(String message) {
        this(message, false, null);
    }

    /** Whether sitrep itself refused the address (private, loopback, link-local), rather than the network failing. */
    public boolean refused() {
        return refused;
    }
}
