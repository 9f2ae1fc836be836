package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.InputDocument;

/** An input that broke part-way (a truncated archive): what was read before the break is kept. */
public class PartialInputException extends BadInputException {
    private final transient List<InputDocument> documents;

    public PartialInputException(String reason, List<InputDocument> documents, Throwable cause) {
        super(reason, cause);
        this.documents = List.copyOf(documents);
    }

    public List<InputDocument> documents() {
        return documents;
    }
}
