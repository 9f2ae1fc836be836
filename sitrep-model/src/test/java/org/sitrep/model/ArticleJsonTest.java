package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

    /**
     * One article with every field set, as the model wrote it before spans were unified (when mentions and
     * evidence were a TextSpan and times and quotes carried their offsets inline). Stores hold such JSON.
     */
    private static String writtenBefore() throws IOException {
        try (InputStream in = ArticleJsonTest.class.getResourceAsStream("article-written-by-0.1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void anArticleWrittenBeforeReadsBackAndIsWrittenTheSameButForFieldsAddedSince() throws IOException {
        String json = writtenBefore();

        Article article = ArticleJson.fromJson(json);

        // Fields came later (byline_span; an event's id, geo_precision and mentions; a claim's approximate): an
        // article written before has none of them, and every field it had is written back as it was.
        com.fasterxml.jackson.databind.JsonNode before = ArticleJson.mapper().readTree(json);
        com.fasterxml.jackson.databind.JsonNode after = ArticleJson.mapper().readTree(ArticleJson.toJson(article));
        assertThat(missingOrChanged(before, after, "")).isEmpty();
        assertThat(after.get("byline_span").isNull()).isTrue();
        assertThat(after.get("events").get(0).get("mentions").isEmpty()).isTrue();
        assertThat(article.bylineSpan()).isNull();
        assertThat(article.span()).isEqualTo(new Span(0, 400));
        assertThat(article.titleSpan()).isEqualTo(new Span(0, 24, "Minister visits Riverton"));
        assertThat(article.entities().get(0).mentions()).containsExactly(
                new Span(90, 98, "Ada Brun"), new Span(150, 154, "Brun"));
        TimeExpression tuesday = article.times().get(0);
        assertThat(tuesday.span()).isEqualTo(new Span(107, 114, "Tuesday"));
        assertThat(tuesday.value()).isEqualTo("2024-10-29");
        Quote quote = article.quotes().get(0);
        assertThat(quote.span()).isEqualTo(new Span(200, 215, "we came to talk"));
        assertThat(quote.cueSpan()).isEqualTo(new Span(218, 222, "said"));
        assertThat(quote.speakerSpan()).isEqualTo(new Span(223, 227, "Brun"));
        assertThat(article.quotes().get(1).cueSpan()).isNull();
        assertThat(article.events().get(0).evidence().text()).isEqualTo("Minister Ada Brun arrived Tuesday.");
        assertThat(article.claims().get(0).evidence()).isEqualTo(new Span(300, 320, "about 10,000 troops"));
    }

    /** The paths of {@code before} that {@code after} lacks or holds another value at. */
    private static java.util.List<String> missingOrChanged(com.fasterxml.jackson.databind.JsonNode before,
                                                           com.fasterxml.jackson.databind.JsonNode after, String path) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (before.isObject()) {
            before.fieldNames().forEachRemaining(f -> out.addAll(after != null && after.has(f)
                    ? missingOrChanged(before.get(f), after.get(f), path + "." + f) : java.util.List.of(path + "." + f)));
        } else if (before.isArray()) {
            for (int i = 0; i < before.size(); i++) {
                out.addAll(after != null && after.size() > i ? missingOrChanged(before.get(i), after.get(i), path + "[" + i + "]")
                        : java.util.List.of(path + "[" + i + "]"));
            }
        } else if (!before.equals(after)) {
            out.add(path);
        }
        return out;
    }

    @Test
    void anExtentIsWrittenWithoutTextAndALocatedTextWithIt() {
        assertThat(ArticleJson.toJson(new Span(3, 9))).isEqualTo("{\"start\":3,\"end\":9}");
        assertThat(ArticleJson.toJson(new Span(3, 9, "Riverton"))).isEqualTo("{\"start\":3,\"end\":9,\"text\":\"Riverton\"}");
        // an empty text is still a text: only a missing one is left out
        assertThat(ArticleJson.toJson(new Span(3, 3, ""))).isEqualTo("{\"start\":3,\"end\":3,\"text\":\"\"}");
    }

    @Test
    void timesAndQuotesAreWrittenWithTheirSpanFlat() {
        TimeExpression time = new TimeExpression(new Span(107, 114, "Tuesday"), "2024-10-29", "day", "DATE");
        assertThat(ArticleJson.toJson(time)).isEqualTo("{\"text\":\"Tuesday\",\"start\":107,\"end\":114,"
                + "\"value\":\"2024-10-29\",\"precision\":\"day\",\"type\":\"DATE\"}");
        assertThat(time.text()).isEqualTo("Tuesday");
        assertThat(time.start()).isEqualTo(107);
        assertThat(time.end()).isEqualTo(114);

        Quote quote = new Quote(new Span(20, 30, "we will go"), false, "said", new Ref("Ada Brun", null),
                new Span(31, 35, "said"), null);
        assertThat(ArticleJson.toJson(quote)).isEqualTo("{\"text\":\"we will go\",\"start\":20,\"end\":30,"
                + "\"direct\":false,\"cue\":\"said\",\"speaker\":{\"name\":\"Ada Brun\",\"entity\":null},"
                + "\"cue_span\":{\"start\":31,\"end\":35,\"text\":\"said\"},\"speaker_span\":null}");
        assertThat(quote.text()).isEqualTo("we will go");
        assertThat(quote.start()).isEqualTo(20);
        assertThat(quote.end()).isEqualTo(30);
    }

    @Test
    void aBuiltArticleRoundTrips() {
        Article article = Article.builder()
                .id("a1")
                .span(new Span(0, 50))
                .title("Talks")
                .titleSpan(new Span(0, 5, "Talks"))
                .body("Ada Brun spoke on Tuesday.")
                .bodySpan(new Span(7, 33))
                .entities(List.of(new Entity("e1", "PERSON", "Ada Brun", List.of(), null, null, null, null,
                        List.of(new Span(7, 15, "Ada Brun")))))
                .times(List.of(new TimeExpression(new Span(25, 32, "Tuesday"), "2024-10-29", "day", "DATE")))
                .quotes(List.of(new Quote(new Span(40, 48, "we spoke"), true, null, null)))
                .build();

        assertThat(ArticleJson.fromJson(ArticleJson.toJson(article))).isEqualTo(article);
    }

    @Test
    void aBadSpanIsNotAnArticle() {
        String json = "{\"id\":\"a\",\"times\":[{\"text\":\"x\",\"start\":5,\"end\":2,\"value\":null}]}";
        assertThatThrownBy(() -> ArticleJson.fromJson(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad span [5, 2)");
    }
}
