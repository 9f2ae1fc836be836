package org.sitrep.annotate.quotes;

import org.sitrep.annotate.nlp.Token;

/**
 * The clause units of a body's tokens as the quote readers need them: where a unit's own words begin (past a
 * bullet and a dateline), where a paragraph starts, whether a stretch reads as a clause or only as when, where and
 * to whom, and the content an attribution covers.
 */
final class Clauses {

    private final TokenView view;

    Clauses(TokenView view) {
        this.view = view;
    }

    /** Where a clause unit's own words begin: past a bullet and a dateline ({@code SEOUL, South Korea:}). */
    int contentStart(int lo, int hi) {
        int i = lo;
        while (i < hi && ("SYM".equals(view.get(i).pos()) || "-".equals(view.get(i).word()) || "\u2022".equals(view.get(i).word()))) {
            i++;
        }
        for (int k = i; k < Math.min(hi, i + 8); k++) {
            Token t = view.get(k);
            if (":".equals(t.word()) || "--".equals(t.word())) {
                boolean dateline = k > i;
                boolean shouting = false;
                for (int j = i; j < k; j++) {
                    Token d = view.get(j);
                    boolean upper = d.text().equals(d.text().toUpperCase(java.util.Locale.ROOT)) && d.text().chars().anyMatch(Character::isLetter);
                    shouting |= upper;
                    dateline &= upper || SpeechCues.isComma(d) || "NNP".equals(d.pos());
                }
                return dateline && shouting ? k + 1 : i;
            }
            if (!SpeechCues.isComma(t) && !"NNP".equals(t.pos())) {
                break;
            }
        }
        return i;
    }

    int paragraphStart(int offset) {
        return view.text().lastIndexOf('\n', Math.max(offset - 1, 0)) + 1;
    }

    int nextComma(int from, int hi) {
        for (int i = from; i < hi; i++) {
            if (SpeechCues.isComma(view.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether tokens [from, hi) read as a clause: a few words with a verb in them. */
    boolean hasClause(int from, int hi) {
        int words = 0;
        boolean verb = false;
        for (int i = from; i < hi; i++) {
            Token t = view.get(i);
            if (!SpeechCues.isSentencePunctuation(t) && !SpeechCues.isQuoteMark(t)) {
                words++;
            }
            verb |= SpeechCues.isVerb(t);
        }
        return words >= 3 && verb;
    }

    /** Whether what follows a cue up to the next comma is only when/where/to-whom ({@code said on Saturday}). */
    boolean restIsAdjunct(int from, int hi) {
        return restIsAdjunct(from, hi, false);
    }

    /** As {@link #restIsAdjunct(int, int)}; {@code toTheEnd}: up to the end of the unit, commas or not. */
    boolean restIsAdjunct(int from, int hi, boolean toTheEnd) {
        int words = 0;
        for (int i = from; i < hi; i++) {
            Token t = view.get(i);
            if (SpeechCues.isComma(t) && !toTheEnd) {
                break;
            }
            if (view.quoted(i) || SpeechCues.isVerb(t) || "MD".equals(t.pos()) || "that".equals(SpeechCues.lower(t))) {
                return false;
            }
            if (!SpeechCues.isSentencePunctuation(t)) {
                words++;
            }
        }
        return words <= 8;
    }

    boolean isThatOrColon(int i) {
        String w = SpeechCues.lower(view.get(i));
        return "that".equals(w) || ":".equals(w);
    }

    /** When a content starts with a direct quote, it is that quote: the content ends where the quote does. */
    int quotedRunEnd(int from, int hi) {
        if (from >= hi || !view.quoted(from)) {
            return hi;
        }
        int i = from;
        while (i < hi && view.quoted(i)) {
            i++;
        }
        return i;
    }

    Attribution content(Phrases.Range cue, Phrases.Head speaker, int from, int to) {
        while (from < to && (SpeechCues.isSentencePunctuation(view.get(from)) || "that".equals(SpeechCues.lower(view.get(from))))) {
            from++;
        }
        while (to > from && SpeechCues.isSentencePunctuation(view.get(to - 1))) {
            to--;
        }
        if (to - from < 2) {
            return null;
        }
        return new Attribution(cue, speaker, view.startOf(from), view.endOf(to));
    }

    /** Reported speech that is only a direct quote (the quote already stands for it). */
    boolean allQuoted(Attribution a) {
        int from = view.tokenAtOrAfter(a.contentStart());
        for (int i = from; i < view.size() && view.get(i).start() < a.contentEnd(); i++) {
            Token t = view.get(i);
            if (!view.quoted(i) && !SpeechCues.isSentencePunctuation(t) && !SpeechCues.isQuoteMark(t)) {
                return false;
            }
        }
        return true;
    }
}
