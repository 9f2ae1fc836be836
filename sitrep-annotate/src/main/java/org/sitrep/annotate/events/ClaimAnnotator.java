package org.sitrep.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.annotate.lexicon.EventWords;
import org.sitrep.annotate.nlp.DependencyGraph;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.DateValue;
import org.sitrep.model.Ref;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * The "claims" stage: every figure a source asserts ("North Korea has sent about 10,000 troops to Russia", the
 * Pentagon said) as a claim of subject, value, unit, hedge, source, as-of date and evidence, so that figures about one
 * thing can be followed across articles. A figure counts when the article attributes it (a quote, "according to",
 * a verb of saying above it); durations, dates and figures inside time expressions are no claims. It shares the
 * events stage's reading of clauses and sources, and like it parses only the sentences that need it.
 */
public final class ClaimAnnotator implements Annotator {

    private static final Set<String> HEDGES = Set.of("about", "around", "some", "nearly", "almost", "roughly",
            "approximately", "over", "more", "least", "up", "estimated", "than", "fewer", "less", "at");
    private static final Set<String> NOT_COUNTED = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries", "percent", "%",
            "time", "times", "point", "points", "side", "sides");

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Attributes.TEXT, Attributes.ENTITIES, Attributes.TIMES, Attributes.QUOTES);
    }

    @Override
    public Set<String> assigns() {
        return Set.of(Attributes.CLAIMS);
    }

    @Override
    public Article annotate(Article article, AnnotationContext context) {
        ArticleFacts facts = new ArticleFacts(article);
        ClauseReader reader = new ClauseReader(context, facts, EventWords.instance());
        List<Claim> claims = new ArrayList<>();
        for (Sentence s : context.nlp().sentences()) {
            if (s.tokens().size() > EventAnnotator.LONGEST_SENTENCE || s.tokens().stream().noneMatch(t -> t.pos().equals("CD"))
                    || !attributed(s, facts, context)) {
                continue;
            }
            DependencyGraph g = context.dependencies(s);
            Span sentence = context.tokens().inputSpan(s);
            List<TimeExpression> times = facts.timesIn(sentence);
            for (Token number : s.tokens()) {
                Claim c = claim(number, g, reader, facts, context, sentence, times, article);
                if (c != null && claims.stream().noneMatch(x -> x.evidence().equals(c.evidence()) && x.value().equals(c.value()))) {
                    claims.add(c);
                }
            }
        }
        return article.toBuilder().claims(claims).build();
    }

    /** Whether the article attributes something in the sentence: a quote in it, or a verb of saying, or "according to". */
    private static boolean attributed(Sentence s, ArticleFacts facts, AnnotationContext context) {
        Span span = context.tokens().inputSpan(s);
        if (facts.article().quotes().stream().anyMatch(q -> q.speaker() != null && q.span().overlaps(span))) {
            return true;
        }
        return s.tokens().stream().anyMatch(t -> ClauseReader.telling(t)
                || t.word().equalsIgnoreCase("according"));
    }

    private static Claim claim(Token number, DependencyGraph g, ClauseReader reader, ArticleFacts facts,
                               AnnotationContext context, Span sentence, List<TimeExpression> times, Article article) {
        if (!number.pos().equals("CD") || !g.relation(number).startsWith("nummod")) {
            return null;
        }
        Token noun = g.head(number);
        Span at = context.tokens().inputSpan(number);
        if (noun == null || !noun.pos().startsWith("NN") || NOT_COUNTED.contains(noun.word().toLowerCase(Locale.ROOT))
                || times.stream().anyMatch(x -> x.span().overlaps(at))) {
            return null;
        }
        Integer value = Casualties.count(number);
        Ref source = reader.accordingTo(number, g);
        if (value == null || source == null) {
            return null;
        }
        boolean hedged = g.children(number, "advmod", "quantmod", "case", "fixed").stream()
                .anyMatch(h -> HEDGES.contains(h.word().toLowerCase(Locale.ROOT)));
        DateValue asOf = times.stream().filter(x -> "DATE".equals(x.type()) && x.value() != null && x.value().matches("\\d{4}.*"))
                .map(x -> ClauseReader.dateValue(x.value())).findFirst()
                .orElse(article.published() == null ? null : ClauseReader.dateValue(article.published().value()));
        Span evidence = new Span(sentence.start(), sentence.end(), context.inputText().substring(sentence.start(), sentence.end()));
        return new Claim(subject(noun, g, context), value.longValue(), noun.word().toLowerCase(Locale.ROOT), hedged, source,
                asOf, evidence);
    }

    /**
     * What the figure is of, in the article's words: the counted noun with its modifiers, and what the clause does
     * with it ("North Korean troops sent to Russia").
     */
    private static String subject(Token noun, DependencyGraph g, AnnotationContext context) {
        StringBuilder out = new StringBuilder();
        for (Token m : g.children(noun, "amod", "compound")) {
            if (m.index() < noun.index()) {
                out.append(text(g.subtree(m), context)).append(' ');
            }
        }
        out.append(noun.text());
        Token verb = g.head(noun);
        if (verb != null && verb.pos().startsWith("VB") && g.relation(noun).startsWith("nsubj:pass")) {
            out.append(' ').append(participle(verb)); // "people killed"
        } else if (verb != null && verb.pos().startsWith("VB") && g.relation(noun).startsWith("obj")) {
            out.append(' ').append(participle(verb));
            for (Token obl : g.children(verb, "obl")) {
                if (g.children(obl, "case").stream().anyMatch(c -> Set.of("to", "into", "in").contains(c.word().toLowerCase(Locale.ROOT)))) {
                    // the place or party it went to, not the clauses hung on it
                    List<Token> words = g.subtree(obl).stream().filter(x -> x.index() <= obl.index()).toList();
                    out.append(' ').append(text(words, context));
                    break;
                }
            }
        }
        return out.toString();
    }

    private static String participle(Token verb) {
        return verb.pos().equals("VBN") || verb.pos().equals("VBD") ? verb.text() : verb.lemma();
    }

    private static String text(List<Token> tokens, AnnotationContext context) {
        Span words = context.tokens().inputSpan(tokens);
        return context.inputText().substring(words.start(), words.end()).replaceAll("\\s+", " ");
    }
}
