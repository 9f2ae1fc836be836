package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.InputDocument;

/** Turns the bytes of one input of one format into decoded documents (a feed or WARC holds many). */
public interface DocumentReader {

    /** The format name this reader handles: text, html, rss, warc or jsonl. */
    String format();

    List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException;
}
