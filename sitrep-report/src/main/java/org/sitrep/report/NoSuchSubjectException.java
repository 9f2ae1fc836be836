package org.sitrep.report;

/** A report's query names no story, actor or place the store knows; the message says so in a reader's words. */
public final class NoSuchSubjectException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NoSuchSubjectException(String message) {
        super(message);
    }
}
