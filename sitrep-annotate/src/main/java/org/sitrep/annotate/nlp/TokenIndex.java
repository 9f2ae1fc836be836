package org.sitrep.annotate.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitrep.model.BodyText;
import org.sitrep.model.Span;

/**
 * The tokens and sentences of one article's body, indexed both ways: body offset or input offset to
 * token and sentence, token to sentence and to its input span. Built once per article from its
 * {@link NlpDocument} and {@link BodyText}; every look-up by offset is a binary search over sorted
 * starts (O(log n)), by token O(1). Immutable.
 *
 * <p>Offsets "at" a token are those it covers, [start, end); an offset in the space between two
 * tokens, or in a separator the cleaner put between two pieces of input, is at no token:
 * {@link #tokenAtOrAfter} and {@link #tokenBefore} find its neighbours. Tokens and sentences are in
 * body order, as the analyzer gives them; input offsets grow with them as long as the cleaner keeps
 * the input's order (it does), and the look-ups by input offset fall back to a scan where they don't.
 */
public final class TokenIndex {

    private final NlpDocument document;
    private final List<Token> tokens;
    private final int[] starts;
    private final int[] ends;
    private final int[] inputStarts;
    private final int[] inputEnds;
    /** Whether input offsets grow with body offsets, as when the cleaner keeps the input's order. */
    private final boolean inputOrdered;
    private final int[] sentenceOfToken;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final int[] sentenceInputStarts;
    private final int[] sentenceInputEnds;

    private TokenIndex(NlpDocument document, BodyText body) {
        this.document = document;
        List<Token> all = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        starts = new int[n];
        ends = new int[n];
        inputStarts = new int[n];
        inputEnds = new int[n];
        sentenceOfToken = new int[n];
        sentenceStarts = new int[sentences.size()];
        sentenceEnds = new int[sentences.size()];
        sentenceInputStarts = new int[sentences.size()];
        sentenceInputEnds = new int[sentences.size()];
        boolean ordered = true;
        int i = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            sentenceStarts[si] = s.start();
            sentenceEnds[si] = s.end();
            Span sentenceSpan = body.toInput(s.start(), s.end());
            sentenceInputStarts[si] = sentenceSpan.start();
            sentenceInputEnds[si] = sentenceSpan.end();
            if (si > 0 && sentenceInputStarts[si] < sentenceInputEnds[si - 1]) {
                ordered = false;
            }
            for (Token t : s.tokens()) {
                all.add(t);
                starts[i] = t.start();
                ends[i] = t.end();
                Span span = body.toInput(t.start(), t.end());
                inputStarts[i] = span.start();
                inputEnds[i] = span.end();
                if (i > 0 && inputStarts[i] < inputEnds[i - 1]) {
                    ordered = false;
                }
                sentenceOfToken[i] = si;
                i++;
            }
        }
        this.tokens = Collections.unmodifiableList(all);
        this.inputOrdered = ordered;
    }

    /** The index of {@code document}'s tokens, whose offsets are offsets into {@code body}. */
    public static TokenIndex of(NlpDocument document, BodyText body) {
        return new TokenIndex(document, body);
    }

    /** Every token of the body, in order; a token's position here is its document-wide {@link Token#index()}. */
    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return document.sentences();
    }

    public int size() {
        return tokens.size();
    }

    /** The token covering body offset {@code offset}, or null (between tokens, in a separator, outside the body). */
    public Token tokenAt(int offset) {
        int i = lastAtOrBefore(starts, offset);
        return i >= 0 && offset < ends[i] ? tokens.get(i) : null;
    }

    /** The token covering input offset {@code offset}, or null (between tokens, in text the cleaner dropped). */
    public Token tokenAtInput(int offset) {
        if (!inputOrdered) {
            for (int i = 0; i < tokens.size(); i++) {
                if (inputStarts[i] <= offset && offset < inputEnds[i]) {
                    return tokens.get(i);
                }
            }
            return null;
        }
        int i = lastAtOrBefore(inputStarts, offset);
        return i >= 0 && offset < inputEnds[i] ? tokens.get(i) : null;
    }

    /** The token covering body offset {@code offset}, else the first token after it, or null past the last. */
    public Token tokenAtOrAfter(int offset) {
        int i = lastAtOrBefore(ends, offset) + 1;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    /** The last token that ends at or before body offset {@code offset}, or null before the first. */
    public Token tokenBefore(int offset) {
        int i = lastAtOrBefore(ends, offset);
        return i >= 0 ? tokens.get(i) : null;
    }

    /** The tokens that overlap the body span [start, end), in order; empty for an empty span. */
    public List<Token> tokensIn(int start, int end) {
        if (end <= start) {
            return List.of();
        }
        int from = lastAtOrBefore(ends, start) + 1;
        int to = lastAtOrBefore(starts, end - 1) + 1;
        return from < to ? tokens.subList(from, to) : List.of();
    }

    /** The tokens that overlap the input span [start, end), in order; empty for an empty span. */
    public List<Token> tokensInInput(int start, int end) {
        if (end <= start) {
            return List.of();
        }
        if (!inputOrdered) {
            List<Token> out = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (inputStarts[i] < end && start < inputEnds[i]) {
                    out.add(tokens.get(i));
                }
            }
            return out;
        }
        int from = lastAtOrBefore(inputEnds, start) + 1;
        int to = lastAtOrBefore(inputStarts, end - 1) + 1;
        return from < to ? tokens.subList(from, to) : List.of();
    }

    /** The sentence {@code token} belongs to. */
    public Sentence sentenceOf(Token token) {
        return document.sentences().get(sentenceOfToken[position(token)]);
    }

    /** The sentence whose extent covers body offset {@code offset}, or null (between sentences, outside the body). */
    public Sentence sentenceAt(int offset) {
        int i = lastAtOrBefore(sentenceStarts, offset);
        return i >= 0 && offset < sentenceEnds[i] ? document.sentences().get(i) : null;
    }

    /** The sentence whose input extent covers input offset {@code offset}, or null. */
    public Sentence sentenceAtInput(int offset) {
        if (!inputOrdered) {
            for (int i = 0; i < sentenceStarts.length; i++) {
                if (sentenceInputStarts[i] <= offset && offset < sentenceInputEnds[i]) {
                    return document.sentences().get(i);
                }
            }
            return null;
        }
        int i = lastAtOrBefore(sentenceInputStarts, offset);
        return i >= 0 && offset < sentenceInputEnds[i] ? document.sentences().get(i) : null;
    }

    /** Where {@code token}'s characters are in the input. */
    public Span inputSpan(Token token) {
        int i = position(token);
        return new Span(inputStarts[i], inputEnds[i]);
    }

    /** Where a run of tokens in sentence order (a phrase, a subtree) is in the input: from its first token to its last. */
    public Span inputSpan(List<Token> tokens) {
        return new Span(inputSpan(tokens.get(0)).start(), inputSpan(tokens.get(tokens.size() - 1)).end());
    }

    /** Where {@code sentence} is in the input: from its first character's input offset to after its last. */
    public Span inputSpan(Sentence sentence) {
        int i = sentence.index();
        if (i < 0 || i >= sentenceStarts.length || document.sentences().get(i) != sentence) {
            i = document.sentences().indexOf(sentence);
            if (i < 0) {
                throw new IllegalArgumentException("sentence " + sentence.index() + " is not in this document");
            }
        }
        return new Span(sentenceInputStarts[i], sentenceInputEnds[i]);
    }

    /** The position of {@code token} among {@link #tokens()}. */
    private int position(Token token) {
        int i = token.index();
        if (i >= 0 && i < tokens.size() && tokens.get(i).equals(token)) {
            return i;
        }
        // an analyzer that numbers tokens otherwise: find it by its start
        int at = lastAtOrBefore(starts, token.start());
        while (at >= 0 && starts[at] == token.start()) {
            if (tokens.get(at).equals(token)) {
                return at;
            }
            at--;
        }
        throw new IllegalArgumentException("token " + token.index() + " '" + token.text() + "' is not in this document");
    }

    /** The greatest i with {@code sorted[i] <= key}, or -1. */
    private static int lastAtOrBefore(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
