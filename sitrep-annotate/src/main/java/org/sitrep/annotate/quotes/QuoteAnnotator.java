package org.sitrep.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.Quote;
import org.sitrep.model.Ref;
import org.sitrep.model.Span;

/**
 * Finds what is said in an article and who says it: direct quotes by their marks, reported speech by
 * its cue ({@code said}, {@code told}, {@code according to}, ...), each with its speaker resolved to an
 * entity of the article where one is meant.
 *
 * <p>A direct quote takes its attribution from, in order: the words right after it
 * ({@code “...,” Samiullah Malang said}, {@code “...,” said X}), the reported speech it sits in
 * ({@code said that the Taliban “resorted to unprovoked firing”}), the quote before or after it in the
 * same paragraph ({@code “...,” X said. “...”}), the last quote of the paragraph before (a speaker
 * goes on speaking in the next paragraph), and last the named subject of its sentence for a quote
 * inside a sentence. Offsets of the output point into the input document.
 */
public final class QuoteAnnotator implements Annotator {

    private static final Set<String> CLAUSE_LINKS = Set.of("while", "after", "before", "by", "when", "in");

    /** An attribution found in the body: tokens of its cue, its speaker phrase, body offsets of its content. */
    private record Attribution(Phrases.Range cue, Phrases.Head speaker, int contentStart, int contentEnd, boolean explicit) {
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

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Attributes.TEXT, Attributes.ENTITIES);
    }

    @Override
    public Set<String> assigns() {
        return Set.of(Attributes.QUOTES);
    }


    @Override
    public Article annotate(Article article, AnnotationContext context) {
        String text = context.body().text();
        if (text == null || text.isBlank()) {
            return article.toBuilder().quotes(List.of()).build();
        }
        List<QuoteMarks.Passage> passages = QuoteMarks.find(text);
        TokenView view = new TokenView(context.nlp(), passages);
        if (view.size() == 0) {
            return article.toBuilder().quotes(List.of()).build();
        }
        return article.toBuilder().quotes(new Reading(view, passages, article, context).quotes()).build();
    }

    /** The reading of one article's body. */
    private static final class Reading {
        private final TokenView view;
        private final Phrases phrases;
        private final List<QuoteMarks.Passage> passages;
        private final BodyText body;
        private final String input;
        private final SpeakerResolver resolver;
        private final boolean[] usedCue;

        Reading(TokenView view, List<QuoteMarks.Passage> passages, Article article, AnnotationContext context) {
            this.view = view;
            this.phrases = new Phrases(view);
            this.passages = passages;
            this.body = context.body();
            this.input = context.inputText();
            this.resolver = new SpeakerResolver(view, phrases, article.entities(), body);
            this.usedCue = new boolean[view.size()];
        }

        List<Quote> quotes() {
            Attribution[] direct = new Attribution[passages.size()];
            boolean[] title = new boolean[passages.size()];
            for (int i = 0; i < passages.size(); i++) {
                title[i] = isTitle(passages.get(i));
                if (title[i] && !startsUnit(passages.get(i))) {
                    continue; // a name in quotes inside a sentence (CBS's "Face the Nation," Ryan said ...)
                }
                direct[i] = speakerLabel(passages.get(i));
                if (direct[i] == null) {
                    direct[i] = trailing(passages.get(i));
                }
                if (direct[i] != null) {
                    markUsed(direct[i].cue());
                    direct[i] = direct[i].own();
                }
            }
            List<Attribution> reported = reportedSpeech();
            for (int i = 0; i < passages.size(); i++) {
                if (direct[i] == null) {
                    direct[i] = covering(reported, passages.get(i));
                }
            }
            for (int i = 0; i < passages.size(); i++) {
                if (direct[i] == null) {
                    direct[i] = subjectOfSentence(passages.get(i));
                }
            }
            inheritWithinParagraphs(direct);
            notePeople(direct, reported);

            List<Quote> out = new ArrayList<>();
            for (int i = 0; i < passages.size(); i++) {
                QuoteMarks.Passage p = passages.get(i);
                Attribution a = direct[i];
                if (title[i] && (a == null || !a.explicit())) {
                    continue;
                }
                out.add(a == null ? quote(p.contentStart(), p.contentEnd(), true, null)
                        : quote(a.contentStart(), a.contentEnd(), true, a));
            }
            for (Attribution a : reported) {
                if (!allQuoted(a)) {
                    out.add(quote(a.contentStart(), a.contentEnd(), false, a));
                }
            }
            out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
            return out;
        }

        // ---- direct quotes -------------------------------------------------------------------------------

        /** Whether a quote opens its clause unit (nothing of the sentence before its opening mark). */
        private boolean startsUnit(QuoteMarks.Passage p) {
            int k = view.tokenAtOrAfter(p.open());
            return k >= view.size() || k <= contentStart(view.unitStart(k), view.unitEnd(k));
        }

        /** Small words that stay in lower case inside a title. */
        private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "with", "and", "or", "in",
                "on", "for", "to", "at", "by", "from", "vs.", "'s", "’s", "-");

        /**
         * A quoted name of a show, a song, a book or a slogan ({@code MSNBC's "Morning Joe"}): a few words,
         * each capitalised but for small words, and nothing said.
         */
        private boolean isTitle(QuoteMarks.Passage p) {
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

        /** The attribution right after a closed quote: {@code ,” X said}, {@code ,” said X}, {@code ,” he wrote}. */
        private Attribution trailing(QuoteMarks.Passage p) {
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
            if (found == null || (!continues && !restIsAdjunct(found.cue().end(), hi, true))) {
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
        private Attribution covering(List<Attribution> reported, QuoteMarks.Passage p) {
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
        private void inheritWithinParagraphs(Attribution[] direct) {
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < passages.size(); i++) {
                    if (direct[i] != null) {
                        continue;
                    }
                    QuoteMarks.Passage p = passages.get(i);
                    int paragraph = paragraphStart(p.open());
                    Attribution introduced = introducedBy(p);
                    if (introduced != null) {
                        direct[i] = inherited(introduced, p);
                        continue;
                    }
                    if (i > 0 && direct[i - 1] != null) {
                        QuoteMarks.Passage prev = passages.get(i - 1);
                        int prevParagraph = paragraphStart(prev.open());
                        boolean sameParagraph = prevParagraph == paragraph;
                        boolean startsParagraph = view.text().substring(paragraph, p.open()).isBlank();
                        boolean nextParagraph = startsParagraph && paragraphStart(Math.max(paragraph - 1, 0)) == prevParagraph;
                        if (sameParagraph || (startsParagraph && (!prev.closed() || nextParagraph))) {
                            direct[i] = inherited(direct[i - 1], p);
                            continue;
                        }
                    }
                    if (pass == 1 && i + 1 < passages.size() && direct[i + 1] != null
                            && paragraphStart(passages.get(i + 1).open()) == paragraph) {
                        direct[i] = inherited(direct[i + 1], p);
                    }
                }
            }
        }

        /**
         * A transcript's speaker label at the start of a quoted paragraph ({@code "WALLACE: Let's start ...}):
         * one to four capitalised words, not a place, then a colon.
         */
        private Attribution speakerLabel(QuoteMarks.Passage p) {
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

        /**
         * The attribution that introduces a quote from the end of the paragraph before it
         * ({@code The New York Times reports:} / {@code Caddell continued:}).
         */
        private Attribution introducedBy(QuoteMarks.Passage p) {
            int k = view.tokenAtOrAfter(p.open()) - 1;
            if (k < 0 || !":".equals(view.get(k).word()) || !view.text().substring(view.get(k).end(), p.open()).contains("\n")) {
                return null;
            }
            int lo = contentStart(view.unitStart(k), view.unitEnd(k));
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
        private Attribution subjectOfSentence(QuoteMarks.Passage p) {
            int k = view.tokenAtOrAfter(p.open());
            if (k >= view.size()) {
                return null;
            }
            int lo = contentStart(view.unitStart(k), view.unitEnd(k));
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

        private int paragraphStart(int offset) {
            return view.text().lastIndexOf('\n', Math.max(offset - 1, 0)) + 1;
        }

        // ---- reported speech -----------------------------------------------------------------------------

        private List<Attribution> reportedSpeech() {
            List<Attribution> out = new ArrayList<>();
            for (int k = 0; k < view.size(); k = view.unitEnd(k)) {
                Attribution labelled = labelledLine(view.unitStart(k), view.unitEnd(k));
                if (labelled != null) {
                    out.add(labelled);
                    markUsed(labelled.cue());
                }
            }
            for (int k = 0; k < view.size(); k++) {
                if (view.quoted(k) || usedCue[k]) {
                    continue;
                }
                int lo = view.unitStart(k);
                int hi = view.unitEnd(k);
                int cs = contentStart(lo, hi);
                if (k < cs) {
                    continue;
                }
                Token t = view.get(k);
                Attribution a = null;
                if ("according".equals(SpeechCues.lower(t)) && k + 1 < hi && "to".equals(SpeechCues.lower(view.get(k + 1)))) {
                    a = accordingTo(k, cs, hi);
                } else if (SpeechCues.isCueVerb(t) || SpeechCues.isTopicVerb(t)) {
                    a = verbCue(k, cs, hi, out);
                }
                if (a != null && a.contentEnd() > a.contentStart()) {
                    out.add(a);
                    markUsed(a.cue());
                }
            }
            return out;
        }

        /**
         * A line led by a person's or an organisation's name and a colon: a headline
         * ({@code Pence: Gennifer Flowers Won't Be at Debate}) or a transcript's turn.
         */
        private Attribution labelledLine(int lo, int hi) {
            for (int c = lo + 1; c < Math.min(hi, lo + 5); c++) {
                Token t = view.get(c);
                if (":".equals(t.word())) {
                    String type = view.get(c - 1).ner();
                    if (!("PERSON".equals(type) || "ORGANIZATION".equals(type)) || view.quoted(c) || hi - c < 4) {
                        return null;
                    }
                    Phrases.Range label = new Phrases.Range(lo, c);
                    return content(new Phrases.Range(c, c + 1), new Phrases.Head(label, label, Phrases.Kind.NAMED, type), c + 1, hi);
                }
                if (!phrases.isNamed(c) || view.quoted(c)) {
                    return null;
                }
            }
            return null;
        }

        private Attribution accordingTo(int k, int cs, int hi) {
            Phrases.Range np = phrases.nounPhraseStartingAt(k + 2, hi);
            if (np == null) {
                return null;
            }
            Phrases.Range cue = new Phrases.Range(k, k + 2);
            boolean leads = true;
            for (int i = cs; i < k; i++) {
                leads &= "CC".equals(view.get(i).pos()) || "RB".equals(view.get(i).pos());
            }
            if (leads) {
                int comma = nextComma(np.end(), hi);
                return comma < 0 ? null : content(cue, phrases.headOf(np), comma + 1, hi);
            }
            return content(cue, phrases.headOf(np), cs, k);
        }

        private Attribution verbCue(int k, int cs, int hi, List<Attribution> found) {
            Token t = view.get(k);
            int prev = phrases.skipLeftAdjuncts(k - 1, cs);
            boolean afterHave = false;
            boolean afterBe = false;
            for (int i = prev + 1; i < k; i++) {
                afterHave |= "have".equalsIgnoreCase(view.get(i).lemma());
                afterBe |= "be".equalsIgnoreCase(view.get(i).lemma());
            }
            if ("VBN".equals(t.pos()) && (afterBe || !afterHave)) {
                // passive (was told, has been accused) or a bare participle (officials, led by); but the
                // tagger also reads a past tense after an appositive as a participle (X, director of Y, called for)
                Phrases.Range named = afterBe || k - 1 < cs || !SpeechCues.isComma(view.get(k - 1)) ? null
                        : phrases.subjectOf(k, cs);
                if (named == null || phrases.headOf(named).kind() != Phrases.Kind.NAMED) {
                    return null;
                }
            }
            if ("VBG".equals(t.pos())) {
                return afterBe ? null : participle(k, cs, hi, found);
            }
            Phrases.Range subject = phrases.subjectOf(k, cs);
            if (subject == null && k - 1 >= cs && "CC".equals(view.get(k - 1).pos())) {
                subject = subjectOfVerbBefore(k - 1, cs); // ... is telling a group that ... and says he will
            }
            if (subject != null) {
                Phrases.Head head = phrases.headOf(subject);
                int before = subject.start() - 1;
                boolean afterClause = before >= cs && (SpeechCues.isComma(view.get(before)) || SpeechCues.isQuoteMark(view.get(before)));
                if (afterClause && !SpeechCues.needsClause(t) && restIsAdjunct(k + 1, hi)) {
                    return content(new Phrases.Range(k, k + 1), head, cs, before);
                }
                int from = afterCue(k, hi);
                int to = hi;
                if (prev >= cs && "who".equals(SpeechCues.lower(view.get(prev)))) {
                    int comma = nextComma(from, hi);
                    to = comma < 0 ? hi : comma; // a relative clause ends at its comma
                }
                if (SpeechCues.isCueVerb(t) && hasClause(from, to)) {
                    return content(new Phrases.Range(k, k + 1), head, from, quotedRunEnd(from, to));
                }
                int topic = topicStart(k, hi);
                if (topic >= 0) {
                    return content(new Phrases.Range(k, topic), head, topic, hi);
                }
                return null;
            }
            boolean inverted = k - 1 >= cs && (SpeechCues.isComma(view.get(k - 1)) || SpeechCues.isQuoteMark(view.get(k - 1)));
            if (inverted && SpeechCues.isFiniteVerb(t) && !SpeechCues.needsClause(t)) {
                Phrases.Range np = phrases.nounPhraseStartingAt(phrases.skipRightAdjuncts(k + 1, hi), hi);
                if (np != null && (np.end() >= hi || SpeechCues.isSentencePunctuation(view.get(np.end()))
                        || "IN".equals(view.get(np.end()).pos()))) {
                    return content(new Phrases.Range(k, k + 1), phrases.headOf(np), cs, k - 1);
                }
            }
            return null;
        }

        /** For a speech act about a noun phrase: where the phrase starts (past its preposition), else -1. */
        private int topicStart(int k, int hi) {
            int i = k + 1;
            if (i < hi && ("RP".equals(view.get(i).pos()) || "IN".equals(view.get(i).pos()) || "TO".equals(view.get(i).pos()))) {
                if (!SpeechCues.takesTopic(view.get(k), SpeechCues.lower(view.get(i)))) {
                    return -1;
                }
                i++;
            } else if (!SpeechCues.takesTopic(view.get(k), "")) {
                return -1;
            }
            if (i < hi && "TO".equals(view.get(i - 1).pos()) && "VB".equals(view.get(i).pos())) {
                return i; // vowed to harshly punish ...
            }
            Phrases.Range np = i < hi ? phrases.nounPhraseStartingAt(i, hi) : null;
            boolean quotedObject = i < hi && view.quoted(i);
            return np != null || quotedObject ? i : -1;
        }

        /** The subject of the nearest finite verb before {@code k} in its unit, or null. */
        private Phrases.Range subjectOfVerbBefore(int k, int cs) {
            for (int j = k - 1; j >= cs; j--) {
                if (view.quoted(j)) {
                    continue;
                }
                if (SpeechCues.isFiniteVerb(view.get(j)) && !"MD".equals(view.get(j).pos())) {
                    return phrases.subjectOf(j, cs);
                }
            }
            return null;
        }

        /**
         * {@code ..., saying ...}: the speaker is the one of the attribution the participle follows in its
         * sentence ({@code Wong said ..., accusing them}), else the subject of the clause it hangs on.
         */
        private Attribution participle(int k, int cs, int hi, List<Attribution> found) {
            Token prev = k - 1 >= cs ? view.get(k - 1) : null;
            if (prev == null || !(SpeechCues.isComma(prev) || CLAUSE_LINKS.contains(SpeechCues.lower(prev)))) {
                return null;
            }
            int from = afterCue(k, hi);
            if (!found.isEmpty()) {
                Attribution last = found.get(found.size() - 1);
                if (last.cue() != null && last.cue().start() >= cs && last.cue().start() < k) {
                    return hasClause(from, hi) ? content(new Phrases.Range(k, k + 1), last.speaker(), from, hi) : null;
                }
            }
            for (int j = k - 1; j >= cs; j--) {
                if (view.quoted(j)) {
                    return null;
                }
                if (SpeechCues.isFiniteVerb(view.get(j)) && !"MD".equals(view.get(j).pos())) {
                    Phrases.Range subject = phrases.subjectOf(j, cs);
                    if (subject == null || !hasClause(from, hi)) {
                        return null;
                    }
                    return content(new Phrases.Range(k, k + 1), phrases.headOf(subject), from, hi);
                }
            }
            return null;
        }

        /** Where the content starts after a cue: past its hearer, time and place phrases, and {@code that}. */
        private int afterCue(int k, int hi) {
            // told MSNBC's "Morning Joe" that ...: a "that" soon after the cue, before any verb, starts the content
            for (int j = k + 1; j < Math.min(hi, k + 12); j++) {
                Token t = view.get(j);
                if ("that".equals(SpeechCues.lower(t)) && !view.quoted(j)) {
                    return j + 1;
                }
                if ((SpeechCues.isFiniteVerb(t) || SpeechCues.isComma(t)) && !view.quoted(j)) {
                    break;
                }
            }
            int i = k + 1;
            if (i < hi && "RP".equals(view.get(i).pos())) {
                i++;
            }
            if (SpeechCues.takesHearerFirst(view.get(k)) && i < hi && !isThatOrColon(i)) {
                Phrases.Range hearer = phrases.nounPhraseStartingAt(i, hi);
                if (hearer != null) {
                    i = hearer.end();
                }
            }
            while (i < hi) {
                Token t = view.get(i);
                if (SpeechCues.isTemporal(t)) {
                    i++;
                } else if (SpeechCues.isTemporalModifier(t) && i + 1 < hi && SpeechCues.isTemporal(view.get(i + 1))) {
                    i += 2;
                } else if ("IN".equals(t.pos()) && !isThatOrColon(i) && Set.of("in", "on", "at", "during", "after", "before", "via", "through").contains(SpeechCues.lower(t))) {
                    Phrases.Range np = phrases.nounPhraseStartingAt(i + 1, hi);
                    if (np == null || np.end() - i > 6) {
                        break;
                    }
                    i = np.end();
                } else {
                    break;
                }
            }
            if (i < hi && (isThatOrColon(i) || SpeechCues.isComma(view.get(i)))) {
                i++;
            }
            return i;
        }

        /** When a content starts with a direct quote, it is that quote: the content ends where the quote does. */
        private int quotedRunEnd(int from, int hi) {
            if (from >= hi || !view.quoted(from)) {
                return hi;
            }
            int i = from;
            while (i < hi && view.quoted(i)) {
                i++;
            }
            return i;
        }

        private boolean isThatOrColon(int i) {
            String w = SpeechCues.lower(view.get(i));
            return "that".equals(w) || ":".equals(w);
        }

        /** Whether tokens [from, hi) read as a clause: a few words with a verb in them. */
        private boolean hasClause(int from, int hi) {
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
        private boolean restIsAdjunct(int from, int hi) {
            return restIsAdjunct(from, hi, false);
        }

        /** As {@link #restIsAdjunct(int, int)}; {@code toTheEnd}: up to the end of the unit, commas or not. */
        private boolean restIsAdjunct(int from, int hi, boolean toTheEnd) {
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

        private Attribution content(Phrases.Range cue, Phrases.Head speaker, int from, int to) {
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

        /** Where a clause unit's own words begin: past a bullet and a dateline ({@code SEOUL, South Korea:}). */
        private int contentStart(int lo, int hi) {
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

        private int nextComma(int from, int hi) {
            for (int i = from; i < hi; i++) {
                if (SpeechCues.isComma(view.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        private void markUsed(Phrases.Range cue) {
            if (cue != null) {
                for (int i = cue.start(); i < cue.end(); i++) {
                    usedCue[i] = true;
                }
            }
        }

        /** Reported speech that is only a direct quote (the quote already stands for it). */
        private boolean allQuoted(Attribution a) {
            int from = view.tokenAtOrAfter(a.contentStart());
            for (int i = from; i < view.size() && view.get(i).start() < a.contentEnd(); i++) {
                Token t = view.get(i);
                if (!view.quoted(i) && !SpeechCues.isSentencePunctuation(t) && !SpeechCues.isQuoteMark(t)) {
                    return false;
                }
            }
            return true;
        }

        // ---- speakers and output -------------------------------------------------------------------------

        /** Named people who speak or lead a sentence, as antecedents of later pronouns. */
        private void notePeople(Attribution[] direct, List<Attribution> reported) {
            for (Attribution a : direct) {
                if (a != null && a.speaker() != null) {
                    resolver.notePerson(a.speaker());
                }
            }
            for (Attribution a : reported) {
                resolver.notePerson(a.speaker());
            }
            int k = 0;
            while (k < view.size()) {
                int lo = view.unitStart(k);
                int hi = view.unitEnd(k);
                int cs = contentStart(lo, hi);
                Phrases.Range np = phrases.nounPhraseStartingAt(cs, hi);
                if (np != null) {
                    resolver.notePerson(phrases.headOf(np));
                }
                k = hi;
            }
        }

        private Quote quote(int bodyStart, int bodyEnd, boolean direct, Attribution a) {
            Span s = body.toInput(bodyStart, bodyEnd);
            String text = input.substring(s.start(), s.end());
            if (a == null) {
                return new Quote(new Span(s.start(), s.end(), text), direct, null, null, null, null);
            }
            Span cueSpan = a.cue() == null ? null : inputSpan(a.cue());
            Span speakerSpan = a.speaker() == null ? null : inputSpan(a.speaker().head());
            Ref speaker = a.speaker() == null ? null : resolver.resolve(a.speaker());
            return new Quote(new Span(s.start(), s.end(), text), direct, cueSpan == null ? null : cueSpan.text(),
                    speaker, cueSpan, speakerSpan);
        }

        private Span inputSpan(Phrases.Range r) {
            Span s = body.toInput(view.startOf(r.start()), view.endOf(r.end()));
            return new Span(s.start(), s.end(), input.substring(s.start(), s.end()));
        }
    }
}
