package org.sitrep.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * Runs the quote annotator on a body set after a header (so input and body offsets differ) and checks that
 * every span it gives points at its own text; the quote tests share it.
 */
final class QuoteReadings {

    static final String HEADER = "Some headline\nUpdated 7 sec ago\n\n";

    private QuoteReadings() {
    }

    static List<Quote> quotes(String body) {
        return quotes(body, List.of());
    }

    static List<Quote> quotes(String body, List<Entity> entities) {
        String input = HEADER + body + "\n";
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(body, HEADER.length()), input,
                CoreNlpAnalyzer.instance());
        Article article = Article.builder()
                .span(new Span(0, input.length()))
                .language("en")
                .body(body)
                .bodySpan(new Span(HEADER.length(), HEADER.length() + body.length()))
                .entities(entities)
                .build();
        List<Quote> out = new QuoteAnnotator().annotate(article, context).quotes();
        for (Quote q : out) {
            assertThat(input.substring(q.start(), q.end())).isEqualTo(q.text());
            for (Span s : new Span[] {q.cueSpan(), q.speakerSpan()}) {
                if (s != null) {
                    assertThat(input.substring(s.start(), s.end())).isEqualTo(s.text());
                }
            }
        }
        return out;
    }

    /** An entity of the article with one mention: the first occurrence of {@code mention} in {@code body}. */
    static Entity entity(String id, String type, String name, String body, String mention) {
        int at = HEADER.length() + body.indexOf(mention);
        return new Entity(id, type, name, List.of(), null, null, null, null,
                List.of(new Span(at, at + mention.length(), mention)));
    }

    static Quote starting(List<Quote> quotes, String prefix) {
        return quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + prefix + "' in " + quotes));
    }

    static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }
}
