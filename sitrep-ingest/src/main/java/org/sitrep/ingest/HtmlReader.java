package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.InputDocument;

/** One HTML page. The decoded markup is the document; cleaning extracts the article from it. */
public final class HtmlReader implements DocumentReader {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException {
        String text = TextDecoder.text(bytes, null, options);
        Binary.rejectIfBinary(text);
        return List.of(new InputDocument(options.path(), options.url(), format(), "html", text, null,
                options.published(), options.retrievedAt()));
    }
}
