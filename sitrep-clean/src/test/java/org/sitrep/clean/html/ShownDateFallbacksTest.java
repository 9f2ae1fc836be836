package org.sitrep.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Published;

/** Issue 16, section 1: the fallbacks for pages with little metadata (URLs, teasers, captions, scripts, copyright). */
class ShownDateFallbacksTest {

    private static final Instant RETRIEVED = Instant.parse("2025-03-01T00:00:00Z");
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Published published(String html, String url) {
        InputDocument doc = new InputDocument("page.html", url, "html", "html", html, null, null, RETRIEVED);
        return extractor.extract(doc).get(0).article().published();
    }

    private static String day(Published p) {
        return p == null ? null : p.value().substring(0, Math.min(10, p.value().length()));
    }

    @Test
    void urlsWriteTheDayInManyLayouts() {
        assertThat(day(PublishedDateReader.fromUrl("https://www.example.com/news/2023/apr/28/budget-passes/"))).isEqualTo("2023-04-28");
        assertThat(day(PublishedDateReader.fromUrl("https://www.example.it/esteri/25_gennaio_05/vertice-a-roma.shtml"))).isEqualTo("2025-01-05");
        assertThat(day(PublishedDateReader.fromUrl("https://www.example.es/politica/20250113/10277301/juez.html"))).isEqualTo("2025-01-13");
        assertThat(day(PublishedDateReader.fromUrl("https://www.example.com.au/world/court-rules-20260701-p60bhj.html"))).isEqualTo("2026-07-01");
        assertThat(day(PublishedDateReader.fromUrl("https://example.org/blog/news-2024-05-03-storm"))).isEqualTo("2024-05-03");
        // a query string's numbers are not the page's day; a month that is no month is no day
        assertThat(PublishedDateReader.fromUrl("https://example.org/story?id=20240503")).isNull();
        assertThat(PublishedDateReader.fromUrl("https://example.org/2024/red/03/story")).isNull();
    }

    /** Date elements and short lines in teasers are skipped; a bare date line under the headline is read as before. */
    @Test
    void aTeasersDateIsNotThePages() {
        String html = "<html><body><article><h1>Storm hits coast</h1><p>Storm story text, long enough to be the body of"
                + " the page and nothing else.</p></article>"
                + "<div class=\"teaser-box\"><span class=\"teaser__date\">Analyse, 11.04.2022</span><h3><a href=\"/other\">Other"
                + "</a></h3></div>"
                + "<div><div class=\"date\">am 19.03.2024</div><h3><a href=\"/older\">Older story</a></h3></div>"
                + "<p class=\"stand\">Stand: 28.04.2023 17:23 Uhr</p></body></html>";
        Published p = published(html, null);
        assertThat(day(p)).isEqualTo("2023-04-28");
    }

    @Test
    void aCaptionsDayIsWhenThePhotoWasTaken() {
        String html = "<html><body><article><h1>Climate warning</h1><figure><img src=\"a.jpg\"><figcaption>"
                + "<span class=\"text-time-black\">An oil field at dawn, March 24, 2014</span></figcaption></figure>"
                + "<div>November 2, 2023 3:53 PM EDT</div><p>Story text that goes on for a while.</p></article></body></html>";
        assertThat(day(published(html, null))).isEqualTo("2023-11-02");
    }

    @Test
    void aPageThatShowsNoDateStillHandsOneToItsScripts() {
        String html = "<html><head><script>var page = {\"modifiedTime\":\"2024-09-06T10:00:00+05:30\","
                + "\"publishTime\":\"2024-09-04T16:20:35+05:30\"};</script>"
                + "<script>tp.push([\"setContentCreated\", \"2021-01-01\"]); firstPublishedAtEnglish = 'March 17, 2015';"
                + " window.related = [{\"publishTime\":\"2024-08-01T10:00:00Z\"}, {\"publishTime\":\"2024-09-04T18:00:00Z\"}];"
                + "</script></head><body><article><h1>Police catch two</h1><p>Story text without any day.</p></article>"
                + "</body></html>";
        Published p = published(html, null);
        assertThat(day(p)).isEqualTo("2024-09-04");
        assertThat(p.basis()).startsWith("script publishTime");
    }

    @Test
    void theCopyrightYearBoundsTheTextScanButNeverDatesThePage() {
        String body = "<html><body><h1>Festival plans</h1><p>The festival, first held on 5 May 2019, returns on"
                + " 9 June 2026 and again on 9 June 2026.</p><footer>© 2024 Example Media</footer></body></html>";
        // 9 June 2026 is written twice but lies after the copyright year: only the 2019 day is left, once
        assertThat(day(published(body, null))).isEqualTo("2019-05-05");
        String noDay = "<html><body><h1>Festival plans</h1><p>No day here.</p><footer>© 2024 Example Media</footer>"
                + "</body></html>";
        assertThat(published(noDay, null)).isNull();
    }
}
