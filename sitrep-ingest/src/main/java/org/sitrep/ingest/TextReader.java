package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.InputDocument;

/** Plain text, such as scraped pages saved as text: one document, possibly holding several articles. */
public final class TextReader implements DocumentReader {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException {
        String text = TextDecoder.text(bytes, null, options);
        Binary.rejectIfBinary(text);
        return List.of(new InputDocument(options.path(), options.url(), format(), "text", text, null,
                options.published(), options.retrievedAt()));
    }
}
