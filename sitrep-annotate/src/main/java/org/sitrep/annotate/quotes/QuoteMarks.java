package org.sitrep.annotate.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds directly quoted passages in a text by their quote marks, one paragraph (line) at a time.
 *
 * <p>News text is typographically messy, so the marks are read as a journalist wrote them, not as
 * a parser would like: curly marks give their direction, straight marks take it from their
 * neighbours; nested quotes stay inside the outer one; a quote still open at the end of a
 * paragraph runs to its end (news style re-opens a long quote in the next paragraph without
 * closing it); and a second opening mark in a paragraph that never closes is a mistyped closing
 * mark ({@code aimed at “monitoring and blocking “illegal exchanges}).
 */
final class QuoteMarks {

    /**
     * One quoted passage. Offsets are into the text given to {@link #find(String)}.
     *
     * @param open         offset of the opening mark
     * @param close        offset of the closing mark, or -1 when the quote runs to the end of its paragraph
     * @param closeLength  length of the closing mark (two for {@code ''})
     * @param contentStart first character of the quoted words (after the mark and any spaces)
     * @param contentEnd   end of the quoted words (before the closing mark and any spaces)
     */
    record Passage(int open, int close, int closeLength, int contentStart, int contentEnd) {
        boolean closed() {
            return close >= 0;
        }

        /** The end of the passage including its closing mark. */
        int outerEnd() {
            return closed() ? close + closeLength : contentEnd;
        }
    }

    private enum Direction { OPEN, CLOSE }

    private record Mark(int offset, int length, Direction direction) {
    }

    private QuoteMarks() {
    }

    static List<Passage> find(String text) {
        List<Passage> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            findInParagraph(text, start, end, out);
            start = end + 1;
        }
        out.sort(java.util.Comparator.comparingInt(Passage::open));
        return out;
    }

    private static void findInParagraph(String text, int from, int to, List<Passage> out) {
        Deque<Mark> open = new ArrayDeque<>();
        for (Mark mark : marks(text, from, to)) {
            if (mark.direction() == Direction.OPEN) {
                open.push(mark);
            } else if (!open.isEmpty()) {
                Mark opening = open.pop();
                if (open.isEmpty()) {
                    add(text, opening, mark, mark.offset(), out);
                }
            }
        }
        if (open.isEmpty()) {
            return;
        }
        // what is still open at the paragraph's end: pair the marks up in order (a second opening mark
        // with no closing mark after it was meant to close the first), and let a lone last one run to the end
        List<Mark> left = new ArrayList<>(open);
        java.util.Collections.reverse(left);
        for (int i = 0; i < left.size(); i += 2) {
            if (i + 1 < left.size()) {
                add(text, left.get(i), left.get(i + 1), left.get(i + 1).offset(), out);
            } else {
                add(text, left.get(i), null, to, out);
            }
        }
    }

    /** The quote marks of one paragraph with their direction. */
    private static List<Mark> marks(String text, int from, int to) {
        List<Mark> marks = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int length = 1;
            Direction d = null;
            if (c == '\u201C' || c == '\u201E') {
                d = looksClosing(text, i, i + 1, from, to) && depth > 0 ? Direction.CLOSE : Direction.OPEN;
            } else if (c == '\u201D') {
                d = looksOpening(text, i, i + 1, from, to) && !looksClosing(text, i, i + 1, from, to) ? Direction.OPEN : Direction.CLOSE;
            } else if (c == '"' || isDoubledMark(text, i, to)) {
                // a straight mark, or two apostrophes or backticks standing for one (''quoted'', ``quoted'')
                length = c == '"' ? 1 : 2;
                boolean opening = c == '`' || looksOpening(text, i, i + length, from, to);
                boolean closing = c != '`' && looksClosing(text, i, i + length, from, to);
                if (opening && !closing) {
                    d = Direction.OPEN;
                } else if (closing && !opening) {
                    d = Direction.CLOSE;
                } else {
                    d = depth > 0 ? Direction.CLOSE : Direction.OPEN;
                }
            }
            if (d != null) {
                marks.add(new Mark(i, length, d));
                depth += d == Direction.OPEN ? 1 : (depth > 0 ? -1 : 0);
                i += length - 1;
            }
        }
        return marks;
    }

    private static boolean isDoubledMark(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c && (i + 2 >= to || text.charAt(i + 2) != c);
    }

    /** A mark [i, j) after a space (or at the paragraph's start) and before a word opens a quote. */
    private static boolean looksOpening(String text, int i, int j, int from, int to) {
        boolean before = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-/:".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = j < to && !Character.isWhitespace(text.charAt(j));
        return before && after;
    }

    /** A mark [i, j) after a word or punctuation and before a space, punctuation or the paragraph's end closes one. */
    private static boolean looksClosing(String text, int i, int j, int from, int to) {
        boolean before = i > from && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = j >= to || Character.isWhitespace(text.charAt(j)) || ".,;:!?)]}\u2014\u2013-".indexOf(text.charAt(j)) >= 0;
        return before && after;
    }

    private static void add(String text, Mark open, Mark close, int end, List<Passage> out) {
        int s = open.offset() + open.length();
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        // a comma before the closing mark belongs to the sentence around the quote, not to the quote
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        boolean hasLetter = false;
        for (int i = s; i < e && !hasLetter; i++) {
            hasLetter = Character.isLetterOrDigit(text.charAt(i));
        }
        if (hasLetter) {
            out.add(new Passage(open.offset(), close == null ? -1 : close.offset(), close == null ? 0 : close.length(), s, e));
        }
    }
}
