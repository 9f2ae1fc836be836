package org.sitrep.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Span;

/** The parts of a hand-made news page (article-parts.html) besides its headline and running text. */
class ArticlePartsTest {

    private static String page;
    private static Article article;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = ArticlePartsTest.class.getResourceAsStream("article-parts.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        article = read(page, null);
    }

    private static Article read(String html, String url) {
        return new HtmlArticleExtractor().extract(new InputDocument("article-parts.html", url, "html", "html", html,
                null, null, null)).get(0).article();
    }

    @Test
    void listsTablesAndBlockQuotesInTheBodyStayInIt() {
        assertThat(article.body())
                .contains("the old mill district of Millbrook, where forty homes were flooded to the first floor;")
                .contains("the riverside park in Westbury, whose footbridge was carried a mile downstream")
                .contains("Millbrook weir 142\nEastfield bridge 118")
                .contains("We have never seen the water come up this fast")
                .contains("The governor is expected to visit the valley on Saturday");
    }

    @Test
    void teaserAndRelatedArticleBlocksAreLeftOut() {
        assertThat(article.body())
                .doesNotContain("Storm warning issued")
                .doesNotContain("Forecasters expect high winds")
                .doesNotContain("Related stories")
                .doesNotContain("Town council approves new flood barrier")
                .doesNotContain("Farmers count the cost")
                // teasers in a block no class name marks: linked headlines with a line of summary each
                .doesNotContain("More from the valley")
                .doesNotContain("School reopens after summer repairs")
                .doesNotContain("The orchestra, founded last year");
    }

    @Test
    void figureCaptionsAreCaptionsCitedToThePageNotBody() {
        assertThat(article.captions()).containsExactly("Volunteers fill sandbags in Millbrook on Thursday. Photo: Ann Lee");
        Span span = article.captionSpans().get(0);
        assertThat(page.substring(span.start(), span.end())).isEqualTo(span.text())
                .isEqualTo("Volunteers fill sandbags in Millbrook on Thursday.");
        assertThat(article.body()).doesNotContain("Volunteers fill sandbags").doesNotContain("council chamber");
    }

    @Test
    void aBoldDatelineAtTheBodysStartIsTheDateline() {
        assertThat(article.dateline()).isEqualTo("MILLBROOK, Vermont");
        Span span = article.datelineSpan();
        assertThat(page.substring(span.start(), span.end())).isEqualTo("MILLBROOK, Vermont");
        assertThat(article.body()).startsWith("Flood waters began to recede on Friday");
        // the body still maps to the page's own characters
        assertThat(page).contains(article.body().substring(0, 60));
    }

    @Test
    void aBoldPhraseThatIsNoPlaceLeavesTheBodyAlone() {
        String html = page.replace("<strong>MILLBROOK, Vermont</strong> — Flood waters began",
                "<strong>Flood waters</strong> began");
        Article a = read(html, null);
        assertThat(a.dateline()).isNull();
        assertThat(a.body()).startsWith("Flood waters began to recede");
        Article label = read(page.replace("<strong>MILLBROOK, Vermont</strong> —", "<strong>UPDATE:</strong>"), null);
        assertThat(label.dateline()).isNull();
        assertThat(label.body()).startsWith("UPDATE: Flood waters began");
        Article agency = read(page.replace("<strong>MILLBROOK, Vermont</strong> —", "<b>BERLIN (dpa):</b>"), null);
        assertThat(agency.dateline()).isEqualTo("BERLIN");
        assertThat(agency.body()).startsWith("Flood waters began");
    }

    @Test
    void theCanonicalLinkIsTheUrlWhenNoneIsGivenAndAGivenUrlWins() {
        assertThat(article.source().url()).isEqualTo("https://courier.example.org/news/2024/05/03/flood-waters-recede");
        assertThat(read(page, "https://mirror.example.net/a").source().url()).isEqualTo("https://mirror.example.net/a");
        String ogOnly = page.replaceAll("<link rel=\"canonical\"[^>]*>", "");
        assertThat(read(ogOnly, null).source().url())
                .isEqualTo("https://courier.example.org/news/flood-waters-recede?utm_source=share");
        String neither = ogOnly.replaceAll("<meta property=\"og:url\"[^>]*>", "");
        assertThat(read(neither, null).source().url()).isNull();
    }
}
