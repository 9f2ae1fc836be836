package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.model.InputDocument;

/**
 * Real news texts for timing ingest: the articles of a GeoNames-annotated corpus file (LGL's {@code lgl.xml},
 * GeoVirus's {@code GeoVirus.xml}), each its {@code <text>} with its title and URL; the annotations are not read.
 */
final class LglSample {

    private LglSample() {
    }

    /** The first {@code limit} articles of the file. */
    static List<InputDocument> read(Path file, int limit) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no external entities from a data file
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<InputDocument> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String title = null;
            String url = null;
            while (xml.hasNext() && out.size() < limit) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "article" -> {
                        title = null;
                        url = null;
                    }
                    case "title" -> title = xml.getElementText().strip();
                    case "url", "source" -> url = xml.getElementText().strip();
                    case "text" -> {
                        String text = xml.getElementText().strip();
                        if (!text.isEmpty()) {
                            out.add(new InputDocument(file.getFileName() + "#" + out.size(), url == null || url.isEmpty() ? null : url,
                                    "text", null, text, title, null, null, null));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + " is not readable XML: " + e.getMessage(), e);
        }
        return out;
    }
}
