package org.sitrep.model;

/** A piece of text with its offsets into the decoded input: a mention, evidence, a cited sentence. */
public record TextSpan(int start, int end, String text) {
    public Span span() {
        return new Span(start, end);
    }
}
