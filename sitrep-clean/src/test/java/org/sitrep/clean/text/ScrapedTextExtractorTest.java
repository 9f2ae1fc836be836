package org.sitrep.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Span;

class ScrapedTextExtractorTest {

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

    private List<CleanArticle> extract(String text, Instant retrieved) {
        return extractor.extract(new InputDocument("t.txt", null, "text", "text", text, null, null, retrieved));
    }

    @Test
    void aBareArticleIsOneArticleWithItsDateline() {
        String text = "NAIROBI, Kenya — Floods have displaced thousands of families in the north of the country, officials said.\n"
                + "Rescue teams reached the worst-hit villages on Sunday after roads reopened.\n";
        List<CleanArticle> articles = extract(text, null);
        assertThat(articles).hasSize(1);
        Article a = articles.get(0).article();
        assertThat(a.dateline()).isEqualTo("NAIROBI, Kenya");
        assertThat(a.body()).startsWith("Floods have displaced").endsWith("after roads reopened.");
        assertThat(a.title()).isNull();
        assertThat(a.published()).isNull();
    }

    /** Wire copy as news agencies file it: a headline in capitals, a dateline line, the story, its results. */
    @Test
    void wireCopyIsOneArticleWithItsHeadlineDatelineAndResults() {
        String text = """
                CYCLING - MARTENS TAKES STAGE , LEADER KEEPS JERSEY .
                Hanna Lind
                GRENOBLE 1996-07-12
                Belgian Pieter Martens won the tenth stage of the race on Friday after a late attack on the final climb .
                Overall leader Paolo Ricci of Italy finished in the main group and kept the yellow jersey .
                Stage result :
                1. Pieter Martens ( Belgium ) 4:12:09
                2. Jan Visser ( Netherlands ) 4:12:31
                """;
        List<CleanArticle> articles = extract(text, null);
        assertThat(articles).hasSize(1);
        Article a = articles.get(0).article();
        assertThat(a.title()).isEqualTo("CYCLING - MARTENS TAKES STAGE , LEADER KEEPS JERSEY .");
        assertThat(a.dateline()).isEqualTo("GRENOBLE");
        assertThat(text.substring(a.datelineSpan().start(), a.datelineSpan().end())).isEqualTo("GRENOBLE");
        assertThat(a.published().value()).isEqualTo("1996-07-12");
        assertThat(a.byline()).isEqualTo("Hanna Lind");
        assertThat(text.substring(a.bylineSpan().start(), a.bylineSpan().end())).isEqualTo("Hanna Lind");
        assertThat(a.body()).startsWith("Belgian Pieter Martens won").contains("2. Jan Visser ( Netherlands ) 4:12:31");
    }

    @Test
    void aLineInCapitalsIsAHeadlineAndALineOfFiguresIsContent() {
        LineClassifier lines = new LineClassifier();
        assertThat(lines.kindOf("RUSSIA , UKRAINE SWAP 95 PRISONERS IN LATEST EXCHANGE .")).isEqualTo(Line.Kind.HEADLINE);
        assertThat(lines.kindOf("Russia and Ukraine swapped 95 prisoners on Friday .")).isEqualTo(Line.Kind.PROSE);
        assertThat(lines.kindOf("Ajax 3 PSV 1")).isEqualTo(Line.Kind.PROSE);
        assertThat(lines.kindOf("Floods displace thousands in northern Kenya")).isEqualTo(Line.Kind.HEADLINE);
        assertThat(lines.kindOf("KABUL, Afghanistan 2025-12-06")).isEqualTo(Line.Kind.DATE);
        assertThat(lines.kindOf("UN")).isEqualTo(Line.Kind.HEADLINE);
    }

    @Test
    void headerFurnitureGoesToItsArticleAndLeavesTheBody() {
        String text = """
                Floods displace thousands in northern Kenya

                Families wade through water in Garissa. (Reuters/John Doe)
                Share
                Updated 2 hours ago

                Floods displace thousands in northern Kenya

                • Thousands of families displaced by floods
                NAIROBI: Floods have displaced thousands of families in northern Kenya, officials said on Sunday.
                Rescue teams reached the worst-hit villages after roads reopened, the Red Cross said.
                """;
        Article a = extract(text, Instant.parse("2025-05-04T12:00:00Z")).get(0).article();
        assertThat(a.title()).isEqualTo("Floods displace thousands in northern Kenya");
        assertThat(a.captions()).containsExactly("Families wade through water in Garissa. (Reuters/John Doe)");
        assertThat(a.summary()).containsExactly("Thousands of families displaced by floods");
        assertThat(a.published().value()).isEqualTo("2025-05-04T10:00:00Z");
        assertThat(a.published().basis()).isEqualTo("Updated 2 hours ago");
        assertThat(a.body()).doesNotContain("Share").doesNotContain("Reuters/John Doe").doesNotContain("•");
    }

    @Test
    void aSubheadingInsideABodyDoesNotSplitTheArticle() {
        String text = """
                Floods have displaced thousands of families in northern Kenya, officials said on Sunday.

                Aid arrives
                Rescue teams reached the worst-hit villages after roads reopened, the Red Cross said.
                """;
        List<CleanArticle> articles = extract(text, null);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).article().body()).contains("Aid arrives").endsWith("the Red Cross said.");
    }

    @Test
    void furnitureAfterItsBodyIsGivenByContentNotPosition() {
        String text = """
                SEOUL: North Korean and Russian officials held talks in Pyongyang on military cooperation, state media said.
                The delegations discussed training and supplies, the report said.
                Korean and Russian officials hold talks in Pyongyang
                Kenya floods displace thousands
                - Floods displaced thousands of families in northern Kenya
                NAIROBI: Floods have displaced thousands of families in northern Kenya, officials said on Sunday.
                """;
        List<CleanArticle> articles = extract(text, null);
        assertThat(articles).extracting(c -> c.article().title())
                .containsExactly("Korean and Russian officials hold talks in Pyongyang", "Kenya floods displace thousands");
        assertThat(articles.get(1).article().summary()).containsExactly("Floods displaced thousands of families in northern Kenya");
        assertThat(articles.get(0).article().summary()).isEmpty();
    }

    @Test
    void everyBodyPieceMapsBackToTheInput() {
        String text = "Title of the story here\n\nBERLIN: First paragraph of the story is here and ends.\u00a0\n\nSecond paragraph follows and ends.\n";
        CleanArticle c = extract(text, null).get(0);
        BodyText body = c.body();
        for (BodyText.Piece p : body.pieces()) {
            assertThat(text.substring(p.inputStart(), p.inputStart() + p.length()))
                    .isEqualTo(body.text().substring(p.bodyStart(), p.bodyStart() + p.length()));
        }
        int second = body.text().indexOf("Second");
        assertThat(text.substring(body.toInput(second, second + 6).start(), body.toInput(second, second + 6).end())).isEqualTo("Second");
        Span dl = c.article().datelineSpan();
        assertThat(text.substring(dl.start(), dl.end())).isEqualTo("BERLIN");
        assertThat(c.article().body()).doesNotEndWith("\u00a0");
    }
}
