package org.sitrep.ingest;

/** An input that cannot be read; the message is one line naming the reason, for stderr. */
public class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
