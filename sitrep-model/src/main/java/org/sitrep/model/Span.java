package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A half-open range [start, end) of UTF-16 offsets into the decoded input document, with the text it
 * covers where that text is part of the fact: a mention, a piece of evidence, a quote's cue. The one
 * way the model locates anything in the input.
 *
 * <p>{@code text} is null where only the extent matters (the article's span, the body's span); such a
 * span is written as {@code {"start","end"}}, a span with text as {@code {"start","end","text"}}, which
 * are the two shapes the Article JSON has always had. Equality includes the text, so two mentions at the
 * same place with different readings stay apart; compare extents with {@link #contains} and
 * {@link #overlaps}, which look at offsets only.
 */
public record Span(int start, int end, @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** An extent with no text of its own (the article's span, the body's span). */
    public Span(int start, int end) {
        this(start, end, null);
    }

    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies within this span; offsets only, texts are not compared. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two spans share at least one character; offsets only, texts are not compared. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
