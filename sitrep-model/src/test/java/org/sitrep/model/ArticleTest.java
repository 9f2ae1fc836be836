package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static Article sample() {
        return Article.builder()
                .id("a1")
                .source(new Source("in/a.txt", null, null, "text"))
                .span(new Span(0, 100))
                .title("Talks")
                .titleSpan(new Span(0, 5, "Talks"))
                .shortUrl("https://exa.mp/1")
                .dateline("RIVERTON")
                .datelineSpan(new Span(7, 15, "RIVERTON"))
                .published(new Published("2024-10-29", "day", "29 October 2024"))
                .summary(List.of("first"))
                .summarySpans(List.of(new Span(20, 25, "first")))
                .captions(List.of("a picture"))
                .captionSpans(List.of(new Span(26, 35, "a picture")))
                .byline("By A. Writer")
                .language("en")
                .body("the body")
                .bodySpan(new Span(40, 100))
                .entities(List.of(new Entity("e1", "GPE", "Riverton", null, null, null, null, null,
                        List.of(new Span(7, 15, "RIVERTON")))))
                .times(List.of(new TimeExpression(new Span(50, 57, "Tuesday"), "2024-10-29", "day", "DATE")))
                .quotes(List.of(new Quote(new Span(60, 70, "we talked."), true, "said", null)))
                .events(List.of(new Event("ev1", "CONSULT", null, null, null, null, null, null, null, null, null, "asserted",
                        null, null, new Span(40, 58, "Talks on Tuesday."), null, 0.5)))
                .claims(List.of(new Claim("troops", 10L, "troops", null, null, null, new Span(80, 90, "ten troops"))))
                .build();
    }

    @Test
    void eachSetterSetsItsOwnField() {
        Article a = sample();
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.source().path()).isEqualTo("in/a.txt");
        assertThat(a.span()).isEqualTo(new Span(0, 100));
        assertThat(a.title()).isEqualTo("Talks");
        assertThat(a.titleSpan()).isEqualTo(new Span(0, 5, "Talks"));
        assertThat(a.shortUrl()).isEqualTo("https://exa.mp/1");
        assertThat(a.dateline()).isEqualTo("RIVERTON");
        assertThat(a.datelineSpan()).isEqualTo(new Span(7, 15, "RIVERTON"));
        assertThat(a.published().value()).isEqualTo("2024-10-29");
        assertThat(a.summary()).containsExactly("first");
        assertThat(a.summarySpans()).containsExactly(new Span(20, 25, "first"));
        assertThat(a.captions()).containsExactly("a picture");
        assertThat(a.captionSpans()).containsExactly(new Span(26, 35, "a picture"));
        assertThat(a.byline()).isEqualTo("By A. Writer");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body()).isEqualTo("the body");
        assertThat(a.bodySpan()).isEqualTo(new Span(40, 100));
        assertThat(a.entities()).extracting(Entity::id).containsExactly("e1");
        assertThat(a.times()).extracting(TimeExpression::value).containsExactly("2024-10-29");
        assertThat(a.quotes()).extracting(Quote::text).containsExactly("we talked.");
        assertThat(a.events()).extracting(Event::type).containsExactly("CONSULT");
        assertThat(a.claims()).extracting(Claim::subject).containsExactly("troops");
    }

    @Test
    void toBuilderCopiesEveryFieldAndChangesOnlyWhatIsSet() {
        Article a = sample();
        assertThat(a.toBuilder().build()).isEqualTo(a);

        Article b = a.toBuilder().entities(List.of()).language("fr").build();

        assertThat(b.entities()).isEmpty();
        assertThat(b.language()).isEqualTo("fr");
        assertThat(b.toBuilder().entities(a.entities()).language(a.language()).build()).isEqualTo(a);
        assertThat(a.entities()).hasSize(1); // the original is untouched
    }

    @Test
    void anEmptyBuilderGivesEmptyListsAndNullValues() {
        Article a = Article.builder().build();
        assertThat(a.id()).isNull();
        assertThat(a.span()).isNull();
        assertThat(a.summary()).isEmpty();
        assertThat(a.summarySpans()).isEmpty();
        assertThat(a.captions()).isEmpty();
        assertThat(a.captionSpans()).isEmpty();
        assertThat(a.entities()).isEmpty();
        assertThat(a.times()).isEmpty();
        assertThat(a.quotes()).isEmpty();
        assertThat(a.events()).isEmpty();
        assertThat(a.claims()).isEmpty();
    }

    @Test
    void listsAreCopiedSoTheArticleCannotChangeUnderneath() {
        List<String> captions = new ArrayList<>(List.of("one"));
        Article.Builder builder = Article.builder().captions(captions);
        Article a = builder.build();
        captions.add("two");

        assertThat(a.captions()).containsExactly("one");
        assertThatThrownBy(() -> a.captions().add("three")).isInstanceOf(UnsupportedOperationException.class);
    }
}
