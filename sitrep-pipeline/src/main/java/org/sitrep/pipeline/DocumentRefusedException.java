package org.sitrep.pipeline;

/**
 * A document the pipeline gave up on because reading it would cost more than one document may: its text is
 * too long to annotate, or it ran past its time budget. The message is one line in the user's terms, for
 * stderr; the caller names the input and goes on with the rest of the batch.
 */
public final class DocumentRefusedException extends RuntimeException {
    public DocumentRefusedException(String reason) {
        super(reason);
    }
}
