package org.sitrep.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
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
        private final Clauses clauses;
        private final DirectQuotes directQuotes;

        Reading(TokenView view, List<QuoteMarks.Passage> passages, Article article, AnnotationContext context) {
            this.view = view;
            this.phrases = new Phrases(view);
            this.passages = passages;
            this.body = context.body();
            this.input = context.inputText();
            this.resolver = new SpeakerResolver(view, phrases, article.entities(), body);
            this.clauses = new Clauses(view);
            this.directQuotes = new DirectQuotes(view, phrases, passages, clauses);
        }

        List<Quote> quotes() {
            CueMarks cues = new CueMarks(view.size());
            Attribution[] direct = new Attribution[passages.size()];
            boolean[] title = new boolean[passages.size()];
            for (int i = 0; i < passages.size(); i++) {
                title[i] = directQuotes.isTitle(passages.get(i));
                if (title[i] && !directQuotes.startsUnit(passages.get(i))) {
                    continue; // a name in quotes inside a sentence (CBS's "Face the Nation," Ryan said ...)
                }
                direct[i] = directQuotes.speakerLabel(passages.get(i));
                if (direct[i] == null) {
                    direct[i] = directQuotes.trailing(passages.get(i));
                }
                if (direct[i] != null) {
                    cues.mark(direct[i].cue());
                    direct[i] = direct[i].own();
                }
            }
            List<Attribution> reported = new ReportedSpeech(view, phrases, clauses, cues).read();
            for (int i = 0; i < passages.size(); i++) {
                if (direct[i] == null) {
                    direct[i] = directQuotes.covering(reported, passages.get(i));
                }
            }
            for (int i = 0; i < passages.size(); i++) {
                if (direct[i] == null) {
                    direct[i] = directQuotes.subjectOfSentence(passages.get(i));
                }
            }
            directQuotes.inheritWithinParagraphs(direct);
            notePeople(direct, reported);
            return output(direct, title, reported);
        }

        /** The quotes, direct (a quoted name of a show or book only where it is explicitly said) and reported, in text order. */
        private List<Quote> output(Attribution[] direct, boolean[] title, List<Attribution> reported) {
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
                if (!clauses.allQuoted(a) && !restatesAnother(a, reported)) {
                    out.add(quote(a.contentStart(), a.contentEnd(), false, a));
                }
            }
            out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
            return out;
        }

        /**
         * One quote per stretch of speech: a cue inside the content of an attribution whose speaker is known, with no
         * speaker of its own that can be told (it, they; {@code NIS said it also believes ...}), says again what that
         * attribution says, and is left out; so is such a reading of the same span as one with a known speaker.
         */
        private boolean restatesAnother(Attribution a, List<Attribution> reported) {
            if (a.cue() == null || resolver.resolve(a.speaker()) != null) {
                return false;
            }
            int cue = view.startOf(a.cue().start());
            for (Attribution b : reported) {
                boolean within = b.contentStart() <= a.contentStart() && a.contentEnd() <= b.contentEnd();
                boolean same = b.contentStart() == a.contentStart() && b.contentEnd() == a.contentEnd();
                if (b != a && within && (b.covers(cue) || same) && resolver.resolve(b.speaker()) != null) {
                    return true;
                }
            }
            return false;
        }

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
                int cs = clauses.contentStart(lo, hi);
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
            return new Quote(new Span(s.start(), s.end(), text), direct, cueSpan == null ? null : cueSpan.text(), speaker,
                    cueSpan, speakerSpan);
        }

        private Span inputSpan(Phrases.Range r) {
            Span s = body.toInput(view.startOf(r.start()), view.endOf(r.end()));
            return new Span(s.start(), s.end(), input.substring(s.start(), s.end()));
        }
    }
}
