package org.sitrep.report;

import java.util.List;
import java.util.Objects;

/**
 * One generated sentence of a report's summary, with the citations it rests on.
 *
 * @param text      the sentence (made from stored data; renderers escape it like article text)
 * @param citations what it rests on, at least one
 */
public record Statement(String text, List<Citation> citations) {
    public Statement {
        citations = citations.stream().filter(Objects::nonNull).distinct().toList();
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a statement cites what it rests on");
        }
    }
}
