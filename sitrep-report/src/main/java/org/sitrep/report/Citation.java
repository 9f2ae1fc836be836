package org.sitrep.report;

import org.sitrep.model.Span;

/**
 * Where a statement of a report comes from: an article and the characters [start, end) of the input it was read
 * from (UTF-16 offsets, as Article JSON counts them), with the text that stands there.
 *
 * @param articleId the article's id
 * @param start     the first character cited
 * @param end       the character after the last
 * @param text      the text at those offsets, as the article's reading stored it
 */
public record Citation(String articleId, int start, int end, String text) {

    /** The span of an article as a citation, or null where the span is missing or carries no text. */
    static Citation of(String articleId, Span span) {
        return span == null || span.text() == null || span.end() <= span.start() ? null
                : new Citation(articleId, span.start(), span.end(), span.text());
    }
}
