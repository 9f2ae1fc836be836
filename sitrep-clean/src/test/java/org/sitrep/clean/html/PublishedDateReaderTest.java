package org.sitrep.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Published;

/** Publication dates of pages with no machine-readable date, read from what the page shows. */
class PublishedDateReaderTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Published published(String html, String url, Instant retrievedAt) {
        InputDocument doc = new InputDocument("page.html", url, "html", "html", html, null, null, retrievedAt);
        return extractor.extract(doc).get(0).article().published();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PublishedDateReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheDateElementUnderTheHeadlineNotTheRelatedStories() throws IOException {
        Published p = published(resource("date-in-byline.html"), null, Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(p.value()).isEqualTo("2024-05-03");
        assertThat(p.basis()).contains("3. Mai 2024");
    }

    @Test
    void neverTakesADateAfterThePageWasRetrieved() throws IOException {
        // retrieved before the byline's day: the byline cannot be right, and nothing else dates the page
        Published p = published(resource("date-in-byline.html"), null, Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(p).satisfiesAnyOf(
                q -> assertThat(q).isNull(),
                q -> assertThat(q.value().substring(0, 10)).isLessThanOrEqualTo("2024-04-02"));
    }

    @Test
    void aPageNestedDeepInDateNamedElementsStaysFast() {
        int depth = 20_000;
        String html = "<html><body>" + "<div class=\"post-date\">".repeat(depth) + "<p>Posted May 3, 2024</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Published p = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> published(html, null, Instant.parse("2024-06-01T00:00:00Z")));
        assertThat(p.value()).isEqualTo("2024-05-03");
    }

    @Test
    void anOriginalDateNearTheHeadlineWinsOverAnUpdatedOne() {
        String html = "<html><body><article><h1>Storm hits coast</h1><div class=\"date-updated\">Updated 5 May 2024</div>"
                + "<div class=\"date-published\">Published 3 May 2024</div><p>Storm story text.</p></article></body></html>";
        assertThat(published(html, null, Instant.parse("2024-06-01T00:00:00Z")).value()).isEqualTo("2024-05-03");
        String lines = html.replace("date-updated", "x").replace("date-published", "y");
        assertThat(published(lines, null, Instant.parse("2024-06-01T00:00:00Z")).value()).isEqualTo("2024-05-03");
        String onlyUpdated = "<html><body><article><h1>Storm hits coast</h1><div>Updated 5 May 2024</div>"
                + "<p>Storm story text.</p></article></body></html>";
        assertThat(published(onlyUpdated, null, Instant.parse("2024-06-01T00:00:00Z")).value()).isEqualTo("2024-05-05");
    }

    @Test
    void readsMetaTagsInTheValueFormSomeCleanersLeave() {
        String html = "<html><head><meta name=\"article:published_time\" value=\"2016-12-07T10:00:00-05:00\">"
                + "<title>T</title></head><body><p>Text of the story.</p></body></html>";
        assertThat(published(html, null, null).value()).isEqualTo("2016-12-07T10:00:00-05:00");
    }

    @Test
    void aMonthInTheUrlPicksTheDayOfThatMonthFromThePage() {
        String html = "<html><head><title>T</title></head><body><h1>Storm hits coast</h1>"
                + "<p>Filed Apr 14, 2019, in weather. See also our story of March 2, 2019.</p>"
                + "<p>Storm story text, with April 14, 2019 written again at the end.</p></body></html>";
        Published p = published(html, "https://example.org/2019/04/storm-hits-coast", Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(p.value()).isEqualTo("2019-04-14");
    }
}
