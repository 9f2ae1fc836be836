package org.sitrep.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * The "time" stage: finds the time expressions of an article's body and normalises them to TIMEX3
 * values anchored on the article's publication date (news convention: a bare weekday is the most
 * recent such day, a bare month the most recent such month, unless the clause speaks of the
 * future). Without a publication date the values stay relative ({@code XXXX-WXX-3}) with precision
 * {@code unknown-anchor}; today's date is never used. Offsets point into the input document.
 */
public final class TimeAnnotator implements Annotator {

    private final TimeTagger tagger = new TimeTagger();

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Attributes.TEXT);
    }

    @Override
    public Set<String> assigns() {
        return Set.of(Attributes.TIMES);
    }

    @Override
    public Article annotate(Article article, AnnotationContext context) {
        Anchor anchor = Anchor.of(article.published());
        List<TimeExpression> times = new ArrayList<>();
        for (TimeMention m : tagger.tag(context.body().text(), anchor)) {
            Span span = context.body().toInput(m.start(), m.end());
            String inInput = context.inputText().substring(span.start(), span.end());
            if (!inInput.equals(m.text())) {
                // the expression straddles a join of two input pieces: it cannot be cited as one span
                continue;
            }
            times.add(new TimeExpression(new Span(span.start(), span.end(), m.text()), m.value(), m.precision(),
                    m.type()));
        }
        return article.toBuilder().times(times).build();
    }
}
