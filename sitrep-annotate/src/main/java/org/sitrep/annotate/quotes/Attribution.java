package org.sitrep.annotate.quotes;

/**
 * An attribution found in the body: tokens of its cue, its speaker phrase, body offsets of its content.
 *
 * @param explicit whether it is a quote's own (its trailing words or speaker label), not one it inherits
 */
record Attribution(Phrases.Range cue, Phrases.Head speaker, int contentStart, int contentEnd, boolean explicit) {

    Attribution(Phrases.Range cue, Phrases.Head speaker, int contentStart, int contentEnd) {
        this(cue, speaker, contentStart, contentEnd, false);
    }

    boolean covers(int bodyOffset) {
        return contentStart <= bodyOffset && bodyOffset < contentEnd;
    }

    /** The same attribution marked as the quote's own (its trailing words or speaker label). */
    Attribution own() {
        return new Attribution(cue, speaker, contentStart, contentEnd, true);
    }
}
