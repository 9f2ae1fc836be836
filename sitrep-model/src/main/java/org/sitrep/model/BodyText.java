package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The clean body of an article and where each of its characters came from in the input.
 * Cleaning drops boilerplate lines and joins what is left, so the body is a sequence of
 * pieces of the input; annotators work on {@link #text()} and map their offsets back with
 * {@link #toInput(int, int)} so every fact is cited to the input's characters.
 */
public final class BodyText {

    /** A run of {@code length} body characters copied from the input at {@code inputStart}. */
    public record Piece(int bodyStart, int inputStart, int length) {
    }

    private final String text;
    private final List<Piece> pieces;

    public BodyText(String text, List<Piece> pieces) {
        this.text = text;
        this.pieces = List.copyOf(pieces);
    }

    /** A body that is one contiguous run of the input starting at {@code inputStart}. */
    public static BodyText contiguous(String text, int inputStart) {
        return new BodyText(text, List.of(new Piece(0, inputStart, text.length())));
    }

    public String text() {
        return text;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** The input offset of body offset {@code offset}; separators map to the end of the piece before them. */
    public int toInput(int offset) {
        if (pieces.isEmpty()) {
            return 0;
        }
        // binary search for the last piece starting at or before the offset: bodies can be long
        int lo = 0;
        int hi = pieces.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pieces.get(mid).bodyStart() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return pieces.get(0).inputStart();
        }
        Piece best = pieces.get(found);
        return best.inputStart() + Math.min(offset - best.bodyStart(), best.length());
    }

    /** The input span of body span [start, end). */
    public Span toInput(int start, int end) {
        int s = toInput(start);
        int e = end <= start ? s : toInputEnd(end);
        return new Span(s, Math.max(s, e));
    }

    private int toInputEnd(int end) {
        // an end offset belongs to the piece holding the character before it
        return toInput(end - 1) + 1;
    }

    /** Builds a body text from input pieces, joining them with separators that map nowhere. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Piece> pieces = new ArrayList<>();

        public Builder appendInput(String piece, int inputStart) {
            if (!piece.isEmpty()) {
                pieces.add(new Piece(text.length(), inputStart, piece.length()));
                text.append(piece);
            }
            return this;
        }

        public Builder appendSeparator(String separator) {
            text.append(separator);
            return this;
        }

        public int length() {
            return text.length();
        }

        public BodyText build() {
            return new BodyText(text.toString(), pieces);
        }
    }
}
