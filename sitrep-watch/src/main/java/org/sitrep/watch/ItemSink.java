package org.sitrep.watch;

/**
 * Where fetched items go: the same ingest path as {@code sitrep ingest} (the command line supplies it), so a
 * watched page is read and stored exactly as the same page given as a file would be.
 */
public interface ItemSink {

    /** An item that could not be read or stored; the message says why in one line. */
    final class NotStoredException extends Exception {
        public NotStoredException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads the item through the pipeline and stores it with its articles, in one transaction. */
    void store(ItemInput input) throws NotStoredException;
}
