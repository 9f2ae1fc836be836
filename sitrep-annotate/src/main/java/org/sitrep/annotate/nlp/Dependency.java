package org.sitrep.annotate.nlp;

/**
 * One arc of a dependency parse: token {@code dependent} depends on token {@code head} by a
 * Universal Dependencies relation ({@code nsubj}, {@code obj}, {@code nsubj:pass}, {@code obl:tmod}, ...).
 * Both are document-wide token indices ({@link Token#index()}); the root of a sentence has head
 * {@value #ROOT} and relation {@code root}.
 */
public record Dependency(int head, int dependent, String relation) {

    /** The head of a sentence's root. */
    public static final int ROOT = -1;

    public boolean isRoot() {
        return head == ROOT;
    }
}
