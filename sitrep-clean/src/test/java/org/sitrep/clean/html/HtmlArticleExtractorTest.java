package org.sitrep.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Published;
import org.sitrep.model.Span;

class HtmlArticleExtractorTest {

    private static final String PROSE_1 = "The ministry said on Tuesday that the new bridge over the river, which took "
            + "four years to build, would open to traffic in the spring, after final safety checks by engineers.";
    private static final String PROSE_2 = "Residents of both towns, who have waited decades for the crossing, welcomed "
            + "the news, although some worried about noise, traffic and the cost of the tolls.";
    private static final String PROSE_3 = "The project was financed by the regional government, the national railway "
            + "company and a loan from a development bank, officials said.";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Bridge to open in spring | The Daily Example</title>
              <meta property="og:site_name" content="The Daily Example">
              <meta property="article:published_time" content="2024-10-29T08:15:00+09:00">
              <meta name="author" content="Jane Roe">
              <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge to open in spring",
                 "datePublished": "2024-10-28", "author": [{"@type": "Person", "name": "John Doe"}]}
              </script>
              <style>p { color: black; }</style>
            </head>
            <body>
              <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
              <header class="site-header"><a href="/">The Daily Example</a>
                <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              </header>
              <div class="layout">
                <article>
                  <h1>Bridge to open in spring</h1>
                  <div class="article-body">
                    <p>%s</p>
                    <h2>Decades of waiting</h2>
                    <p>%s</p>
                    <ul><li>Length: 1.2 kilometres of steel and concrete</li><li>Cost: 300 million euros in all</li></ul>
                    <blockquote><p>%s</p></blockquote>
                    <p>Photo: Example Agency</p>
                    <div class="share-buttons"><a href="/s/fb">Share on Facebook</a> <a href="/s/x">Share on X</a></div>
                  </div>
                  <div class="related-articles"><h3>Related</h3>
                    <ul><li><a href="/a">Another story about roads and bridges</a></li>
                        <li><a href="/b">A story about tolls on the motorway</a></li></ul></div>
                </article>
                <aside class="sidebar"><h3>Most read</h3><p><a href="/c">Celebrity news of the day, and more</a></p></aside>
              </div>
              <section id="comments"><h3>Comments</h3>
                <p>First comment: this bridge is a waste of money, they should have built a tunnel instead, honestly.</p>
              </section>
              <footer class="site-footer"><p>Copyright 2024 The Daily Example, all rights reserved. Imprint.</p></footer>
            </body>
            </html>
            """.formatted(PROSE_1, PROSE_2, PROSE_3);

    private static CleanArticle extract(String html, String url, String title, String published) {
        InputDocument doc = new InputDocument("page.html", url, "html", "html", html, title, published, null);
        List<CleanArticle> articles = new HtmlArticleExtractor().extract(doc);
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void keepsTheArticleAndDropsNavigationCommentsFootersAndWidgets() {
        Article a = extract(PAGE, null, null, null).article();
        assertThat(a.body()).contains(PROSE_1, PROSE_2, PROSE_3, "Decades of waiting",
                "Length: 1.2 kilometres of steel and concrete");
        assertThat(a.body()).doesNotContain("cookies", "World", "Sport", "Share on", "Another story", "Most read",
                "Celebrity", "First comment", "Copyright", "p { color", "Photo: Example Agency");
        assertThat(a.body()).endsWith(PROSE_3);
        assertThat(a.body()).startsWith(PROSE_1); // the headline is the title, not the body
        assertThat(a.body()).contains(PROSE_1 + "\n\nDecades of waiting\n\n" + PROSE_2);
    }

    @Test
    void readsTitleBylineDateAndLanguageFromThePage() {
        Article a = extract(PAGE, null, null, null).article();
        assertThat(a.title()).isEqualTo("Bridge to open in spring");
        assertThat(a.byline()).isEqualTo("John Doe");
        assertThat(a.published()).isEqualTo(new Published("2024-10-28", "day", "JSON-LD datePublished"));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.span()).isEqualTo(new Span(0, PAGE.length()));
    }

    @Test
    void metaPublishedTimeKeepsItsOffsetWhenThereIsNoJsonLd() {
        String page = PAGE.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        Article a = extract(page, null, null, null).article();
        assertThat(a.published()).isEqualTo(
                new Published("2024-10-29T08:15:00+09:00", "second", "meta article:published_time"));
        assertThat(a.byline()).isEqualTo("Jane Roe");
        assertThat(a.title()).isEqualTo("Bridge to open in spring"); // <h1>, site name never involved
    }

    @Test
    void theContainerTitleAndDateComeFirst() {
        Article a = extract(PAGE, null, "Feed title", "Tue, 29 Oct 2024 10:00:00 GMT").article();
        assertThat(a.title()).isEqualTo("Feed title");
        assertThat(a.published()).isEqualTo(new Published("2024-10-29T10:00:00Z", "second", "container"));
    }

    @Test
    void titleWithoutMetadataLosesTheSiteName() {
        String page = "<html><head><title>Floods close the coastal road - Example News</title></head><body><p>"
                + PROSE_1 + "</p></body></html>";
        Article a = extract(page, null, null, null).article();
        assertThat(a.title()).isEqualTo("Floods close the coastal road");
        assertThat(a.language()).isNull();
        assertThat(a.byline()).isNull();
    }

    @Test
    void aDateInTheUrlIsUsedWhenThePageHasNone() {
        String page = "<html><body><p>" + PROSE_1 + "</p></body></html>";
        assertThat(extract(page, "https://example.org/2012/05/31/story/", null, null).article().published())
                .isEqualTo(new Published("2012-05-31", "day", "url 2012/05/31"));
        assertThat(extract(page, "https://example.org/news/story", null, null).article().published()).isNull();
    }

    @Test
    void aDateLineUnderTheHeadlineIsTheLastResort() {
        String page = "<html><body><article><h1>Bridge to open in spring</h1><div class=\"dates\">Updated 29 October 2024"
                + "</div><p>" + PROSE_1 + "</p><p>Written 3 March 2023</p></article></body></html>";
        assertThat(extract(page, null, null, null).article().published())
                .isEqualTo(new Published("2024-10-29", "day", "Updated 29 October 2024"));
        String undated = "<html><body><article><h1>Bridge</h1><p>" + PROSE_1 + "</p></article></body></html>";
        assertThat(extract(undated, null, null, null).article().published()).isNull();
    }

    @Test
    void everyBodyCharacterCopiedFromThePagePointsAtThatCharacter() {
        CleanArticle clean = extract(PAGE, null, null, null);
        BodyText body = clean.body();
        assertThat(body.pieces()).isNotEmpty();
        int lastInput = -1;
        for (BodyText.Piece p : body.pieces()) {
            assertThat(PAGE.substring(p.inputStart(), p.inputStart() + p.length()))
                    .isEqualTo(body.text().substring(p.bodyStart(), p.bodyStart() + p.length()));
            assertThat(p.inputStart()).isGreaterThan(lastInput); // monotonic
            lastInput = p.inputStart();
        }
        for (String word : List.of("ministry", "development bank", "Decades of waiting", "1.2 kilometres")) {
            int at = body.text().indexOf(word);
            Span span = body.toInput(at, at + word.length());
            assertThat(PAGE.substring(span.start(), span.end())).isEqualTo(word);
        }
        Span bodySpan = clean.article().bodySpan();
        assertThat(PAGE.substring(bodySpan.start(), bodySpan.end())).startsWith("The ministry said")
                .endsWith("officials said.");
    }

    @Test
    void characterReferencesKeepTheMapExactAroundThem() {
        String page = "<html><body><article><p>Smith &amp; Jones signed the deal in Caf&eacute; Central, "
                + "Vienna, on Monday, the company&#8217;s spokesman said, adding that talks\r\nwould go on.</p>"
                + "</article></body></html>";
        BodyText body = extract(page, null, null, null).body();
        assertThat(body.text()).contains("Smith & Jones signed the deal in Café Central, Vienna,")
                .contains("company’s spokesman").contains("talks would go on.");
        for (String word : List.of("Smith", "Jones signed", "Central, Vienna", "spokesman", "would go on")) {
            int at = body.text().indexOf(word);
            Span span = body.toInput(at, at + word.length());
            assertThat(page.substring(span.start(), span.end())).isEqualTo(word);
        }
    }

    @Test
    void markupNested100000DeepNeitherOverflowsNorHangs() {
        int depth = 100_000;
        String page = "<html><body>" + "<div>".repeat(depth) + "<p>" + PROSE_1 + "</p>" + "</div>".repeat(depth)
                + "</body></html>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extract(page, null, null, null).article());
        assertThat(a.body()).contains(PROSE_1);
        String spans = "<html><body><p>" + "<span>".repeat(depth) + PROSE_2 + "</span>".repeat(depth) + "</p></body></html>";
        Article b = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extract(spans, null, null, null).article());
        assertThat(b.body()).contains(PROSE_2);
    }

    @Test
    void aHugeFlatPageStaysFast() {
        StringBuilder page = new StringBuilder("<html><body><div class=\"content\">");
        for (int i = 0; i < 20_000; i++) {
            page.append("<p>Paragraph ").append(i).append(": ").append(PROSE_3).append("</p>\n");
        }
        page.append("</div></body></html>");
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> extract(page.toString(), null, null, null).article());
        assertThat(a.body()).contains("Paragraph 0: ", "Paragraph 19999: ");
    }

    @Test
    void aPageWithoutTextGivesAnEmptyBodyNotAnError() {
        Article a = extract("<html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>",
                null, null, null).article();
        assertThat(a.body()).isEmpty();
        assertThat(a.bodySpan()).isEqualTo(new Span(0, 0));
        assertThat(a.published()).isNull();
    }
}
