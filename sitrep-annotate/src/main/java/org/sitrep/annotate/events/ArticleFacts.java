package org.sitrep.annotate.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * What earlier stages read in the article, looked up by input offset: the entity mentioned at a span, the time
 * expressions and quotes inside one. The events stage reads these records and never changes them.
 */
final class ArticleFacts {

    /** One mention of an entity. */
    record Mentioned(Entity entity, Span span) {
    }

    private final Article article;
    private final List<Mentioned> mentions = new ArrayList<>();

    ArticleFacts(Article article) {
        this.article = article;
        for (Entity e : article.entities()) {
            for (Span m : e.mentions()) {
                mentions.add(new Mentioned(e, m));
            }
        }
        mentions.sort(Comparator.comparingInt((Mentioned m) -> m.span().start()));
    }

    Article article() {
        return article;
    }

    /** The entity mentioned over most of {@code span}, preferring one whose mention ends where the span ends (its head). */
    Mentioned entityAt(Span span) {
        Mentioned best = null;
        int bestScore = 0;
        for (Mentioned m : mentions) {
            if (m.span().start() >= span.end()) {
                break;
            }
            if (m.span().overlaps(span)) {
                int overlap = Math.min(m.span().end(), span.end()) - Math.max(m.span().start(), span.start());
                int score = overlap * 2 + (m.span().end() == span.end() ? 1 : 0);
                if (score > bestScore) {
                    best = m;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** The entity mentions inside {@code span}, in order. */
    List<Mentioned> entitiesIn(Span span) {
        List<Mentioned> out = new ArrayList<>();
        for (Mentioned m : mentions) {
            if (span.contains(m.span())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The time expressions inside {@code span}, in order. */
    List<TimeExpression> timesIn(Span span) {
        return article.times().stream().filter(t -> span.contains(t.span())).toList();
    }

    /** The quote whose content holds {@code offset}, or null. */
    Quote quoteAt(int offset) {
        for (Quote q : article.quotes()) {
            if (q.start() <= offset && offset < q.end()) {
                return q;
            }
        }
        return null;
    }
}
