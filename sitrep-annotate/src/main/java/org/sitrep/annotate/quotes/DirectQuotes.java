package org.sitrep.annotate.quotes;

import java.util.List;
import java.util.Set;
import org.sitrep.annotate.nlp.Token;

/**
 * Who says a direct quote: the words right after it ({@code “...,” Samiullah Malang said}, {@code “...,” said X}),
 * a transcript's speaker label, the reported speech it sits in, the quote before or after it in the same
 * paragraph, the attribution that introduces it from the paragraph before, and last the named subject of its
 * sentence. A quoted name of a show or a book is no quote.
 */
final class DirectQuotes {

    private final TokenView view;
    private final Phrases phrases;
    private final List<QuoteMarks.Passage> passages;
    private final Clauses clauses;

    DirectQuotes(TokenView view, Phrases phrases, List<QuoteMarks.Passage> passages, Clauses clauses) {
        this.view = view;
        this.phrases = phrases;
        this.passages = passages;
        this.clauses = clauses;
    }

    /** Whether a quote opens its clause unit (nothing of the sentence before its opening mark). */
    boolean startsUnit(QuoteMarks.Passage p) {
        int k = view.tokenAtOrAfter(p.open());
        return k >= view.size() || k <= clauses.contentStart(view.unitStart(k), view.unitEnd(k));
    }

    /** Small words that stay in lower case inside a title. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "with", "and", "or", "in",
            "on", "for", "to", "at", "by", "from", "vs.", "'s", "’s", "-");

    /**
     * A quoted name of a show, a song, a book or a slogan ({@code MSNBC's "Morning Joe"}): a few words,
     * each capitalised but for small words, and nothing said.
     */
    boolean isTitle(QuoteMarks.Passage p) {
        int from = view.tokenAtOrAfter(p.contentStart());
        int words = 0;
        for (int i = from; i < view.size() && view.get(i).start() < p.contentEnd(); i++) {
            String w = view.get(i).text();
            if (SpeechCues.isSentencePunctuation(view.get(i)) || SpeechCues.isQuoteMark(view.get(i))) {
                continue;
            }
            words++;
            boolean capitalised = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!capitalised && !TITLE_SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return words > 0 && words <= 6;
    }

    /**
     * A transcript's speaker label at the start of a quoted paragraph ({@code "WALLACE: Let's start ...}):
     * one to four capitalised words, not a place, then a colon.
     */
    Attribution speakerLabel(QuoteMarks.Passage p) {
        int k = view.tokenAtOrAfter(p.contentStart());
        int hi = Math.min(view.unitEnd(Math.min(k, view.size() - 1)), k + 5);
        for (int c = k + 1; c < hi; c++) {
            Token t = view.get(c);
            if (":".equals(t.word())) {
                int after = c + 1;
                if (after >= view.size() || view.get(after).start() >= p.contentEnd()) {
                    return null;
                }
                String type = view.get(k).ner();
                boolean shouted = true;
                for (int j = k; j < c; j++) {
                    Token w = view.get(j);
                    shouted &= w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT)) && w.text().chars().anyMatch(Character::isLetter);
                }
                if ("LOCATION".equals(type) || !(shouted || "PERSON".equals(type))) {
                    return null;
                }
                Phrases.Range label = new Phrases.Range(k, c);
                Phrases.Head head = new Phrases.Head(label, label, Phrases.Kind.NAMED, "PERSON");
                return new Attribution(new Phrases.Range(c, c + 1), head, view.get(after).start(), p.contentEnd());
            }
            if (!phrases.isNamed(c) && !".".equals(t.word())) {
                return null;
            }
        }
        return null;
    }

    /** The attribution right after a closed quote: {@code ,” X said}, {@code ,” said X}, {@code ,” he wrote}. */
    Attribution trailing(QuoteMarks.Passage p) {
        if (!p.closed()) {
            return null;
        }
        String text = view.text();
        int closeToken = view.tokenAt(p.close());
        if (closeToken < 0 || closeToken + 1 >= view.size()) {
            return null;
        }
        int j = closeToken + 1;
        int b = p.close() - 1;
        // past spaces and the close of a quote inside the quote (... labels of ‘criminal, super predator,’”)
        while (b >= 0 && (Character.isWhitespace(text.charAt(b)) || "'\u2019\"".indexOf(text.charAt(b)) >= 0)) {
            b--;
        }
        char before = b >= 0 ? text.charAt(b) : ' ';
        boolean punctuated = ",.?!\u2026\u2014-".indexOf(before) >= 0;
        if (SpeechCues.isComma(view.get(j))) {
            punctuated = true;
            j++;
        }
        if (!punctuated || j >= view.size() || view.quoted(j)) {
            return null;
        }
        if (text.substring(p.close(), view.startOf(j)).indexOf('\n') >= 0) {
            return null;
        }
        // after a quote that ends its sentence, only an attribution that is all of its own sentence
        // ("Why?" Clinton said.) belongs to it; a new sentence that goes on is about something else
        boolean continues = before == ',' || view.sentenceOf(closeToken) == view.sentenceOf(j)
                || Character.isLowerCase(view.get(j).text().charAt(0));
        int hi = view.unitEnd(j);
        Attribution found = trailingAt(p, j, hi);
        if (found == null || (!continues && !clauses.restIsAdjunct(found.cue().end(), hi, true))) {
            return null;
        }
        return found;
    }

    private Attribution trailingAt(QuoteMarks.Passage p, int j, int hi) {
        Token first = view.get(j);
        if ("according".equals(SpeechCues.lower(first)) && j + 1 < hi && "to".equals(SpeechCues.lower(view.get(j + 1)))) {
            Phrases.Range np = phrases.nounPhraseStartingAt(j + 2, hi);
            return np == null ? null : new Attribution(new Phrases.Range(j, j + 2), phrases.headOf(np), p.contentStart(), p.contentEnd());
        }
        if (SpeechCues.isCueVerb(first) && SpeechCues.isFiniteVerb(first)) {
            Phrases.Range np = phrases.nounPhraseStartingAt(phrases.skipRightAdjuncts(j + 1, hi), hi);
            return np == null ? null : new Attribution(new Phrases.Range(j, j + 1), phrases.headOf(np), p.contentStart(), p.contentEnd());
        }
        Phrases.Range np = phrases.nounPhraseStartingAt(j, hi);
        if (np == null || np.length() > 12) {
            return null;
        }
        int k = phrases.skipRightAdjuncts(phrases.skipAsidesRight(phrases.skipRightAdjuncts(np.end(), hi), hi), hi);
        if (k < hi && !view.quoted(k) && SpeechCues.isCueVerb(view.get(k)) && !SpeechCues.needsClause(view.get(k))) {
            return new Attribution(new Phrases.Range(k, k + 1), phrases.headOf(np), p.contentStart(), p.contentEnd());
        }
        return null;
    }

    /** The reported speech a quote sits in ({@code Penny Wong said the officials were involved “in ...”}). */
    Attribution covering(List<Attribution> reported, QuoteMarks.Passage p) {
        for (Attribution a : reported) {
            if (a.covers(p.open()) || a.covers(p.contentStart())) {
                return new Attribution(a.cue(), a.speaker(), p.contentStart(), p.contentEnd());
            }
        }
        return null;
    }

    /**
     * Quotes split by their attribution ({@code “...,” X said. “...”}) and paragraphs that go on quoting
     * the speaker of the paragraph before take that attribution.
     */
    void inheritWithinParagraphs(Attribution[] direct) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < passages.size(); i++) {
                if (direct[i] != null) {
                    continue;
                }
                QuoteMarks.Passage p = passages.get(i);
                int paragraph = clauses.paragraphStart(p.open());
                Attribution introduced = introducedBy(p);
                if (introduced != null) {
                    direct[i] = inherited(introduced, p);
                    continue;
                }
                if (i > 0 && direct[i - 1] != null) {
                    QuoteMarks.Passage prev = passages.get(i - 1);
                    int prevParagraph = clauses.paragraphStart(prev.open());
                    boolean sameParagraph = prevParagraph == paragraph;
                    boolean startsParagraph = view.text().substring(paragraph, p.open()).isBlank();
                    boolean nextParagraph = startsParagraph && clauses.paragraphStart(Math.max(paragraph - 1, 0)) == prevParagraph;
                    if (sameParagraph || (startsParagraph && (!prev.closed() || nextParagraph))) {
                        direct[i] = inherited(direct[i - 1], p);
                        continue;
                    }
                }
                if (pass == 1 && i + 1 < passages.size() && direct[i + 1] != null
                        && clauses.paragraphStart(passages.get(i + 1).open()) == paragraph) {
                    direct[i] = inherited(direct[i + 1], p);
                }
            }
        }
    }

    /**
     * The attribution that introduces a quote from the end of the paragraph before it
     * ({@code The New York Times reports:} / {@code Caddell continued:}).
     */
    private Attribution introducedBy(QuoteMarks.Passage p) {
        int k = view.tokenAtOrAfter(p.open()) - 1;
        if (k < 0 || !":".equals(view.get(k).word()) || !view.text().substring(view.get(k).end(), p.open()).contains("\n")) {
            return null;
        }
        int lo = clauses.contentStart(view.unitStart(k), view.unitEnd(k));
        int j = phrases.skipLeftAdjuncts(k - 1, lo);
        if (j < lo || view.quoted(j) || !SpeechCues.isCueVerb(view.get(j))) {
            return null;
        }
        Phrases.Range subject = phrases.subjectOf(j, lo);
        return subject == null ? null : new Attribution(new Phrases.Range(j, j + 1), phrases.headOf(subject), 0, 0);
    }

    private static Attribution inherited(Attribution from, QuoteMarks.Passage p) {
        return new Attribution(from.cue(), from.speaker(), p.contentStart(), p.contentEnd());
    }

    /**
     * For a quote inside a sentence with no cue: the named subject the sentence is about (its first
     * noun phrase, else the subject of the verb nearest before the quote), with that verb as the cue
     * ({@code Bill Clinton criticized the act as a “crazy system”}).
     */
    Attribution subjectOfSentence(QuoteMarks.Passage p) {
        int k = view.tokenAtOrAfter(p.open());
        if (k >= view.size()) {
            return null;
        }
        int lo = clauses.contentStart(view.unitStart(k), view.unitEnd(k));
        if (k <= lo) {
            return null;
        }
        Phrases.Range np = phrases.nounPhraseStartingAt(lo, k);
        if (np != null && isSpeakerLike(phrases.headOf(np))) {
            int verb = phrases.skipRightAdjuncts(np.end(), k);
            Phrases.Range cue = verb < k && SpeechCues.isFiniteVerb(view.get(verb)) && !"MD".equals(view.get(verb).pos())
                    ? new Phrases.Range(verb, verb + 1) : null;
            return new Attribution(cue, phrases.headOf(np), p.contentStart(), p.contentEnd());
        }
        for (int j = k - 1; j >= lo; j--) {
            Token t = view.get(j);
            if (view.quoted(j)) {
                return null;
            }
            if (SpeechCues.isFiniteVerb(t) && !"MD".equals(t.pos())) {
                Phrases.Range subject = phrases.subjectOf(j, lo);
                if (subject != null && isSpeakerLike(phrases.headOf(subject))) {
                    return new Attribution(new Phrases.Range(j, j + 1), phrases.headOf(subject), p.contentStart(), p.contentEnd());
                }
                return null;
            }
        }
        return null;
    }

    private boolean isSpeakerLike(Phrases.Head head) {
        return switch (head.kind()) {
            case NAMED -> "PERSON".equals(head.type()) || "ORGANIZATION".equals(head.type());
            case PRONOUN -> SpeechCues.isPersonalPronoun(view.get(head.head().start()));
            case COMMON -> false;
        };
    }
}
