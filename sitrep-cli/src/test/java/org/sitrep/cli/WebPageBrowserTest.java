package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ArticleJson;
import org.sitrep.serve.ApiServer;
import org.sitrep.serve.ServeOptions;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.JdbiTokenStore;
import org.sitrep.store.TokenStore;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.LuceneArticleIndex;
import org.sitrep.store.watch.JdbiWatchStore;
import org.sitrep.store.watch.WatchStore;

/**
 * The web page in a real browser (Debian's chromium, driven by Playwright) over a real server whose store was filled
 * through {@code POST /api/ingest} (the seeds uploaded as one form) with the real pipeline, linking and search index:
 * from the map to the clash at Spin Boldak to its sentence lit in the article; a story's page with its events, its
 * figures charted and its sources; an entity's page; full-text search with the words marked; and an article written
 * to attack the page renders inert, in the article and in search. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** An article made to attack the page: markup, event handlers, a javascript: link, a frame and a pixel elsewhere. */
    static final String HOSTILE = "Militants <img src=x onerror=\"alert('title')\"> attack checkpoint in Kandahar\n\n"
            + "KANDAHAR, Afghanistan (Dec 5) - Taliban fighters attacked a police checkpoint in Kandahar on Friday, killing"
            + " two officers, the provincial police chief said.\n\n"
            + "\"We will not allow <b onmouseover=\"alert('quote')\">them</b> to return,\" said police chief Abdul Rahman."
            + " <script>alert('body');window.pwned=1</script>"
            + " Read more at <a href=\"javascript:alert('link')\">this link</a> or <iframe src=\"http://198.51.100.7/x\">"
            + "</iframe> <img src=\"http://198.51.100.7/pixel.png\">.\n";

    @TempDir
    static Path dir;

    private ArticleStore store;
    private TokenStore tokens;
    private WatchStore watch;
    private final ArticleIndex index = LuceneArticleIndex.inMemory();
    private ApiServer server;
    private Playwright playwright;
    private Browser browser;
    private String base;
    private String hostileId;

    @BeforeAll
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + CHROMIUM + " is missing: .ci/run installs Debian's chromium");
            }
            Assumptions.abort("browser tests skipped: no " + CHROMIUM + " (apt-get install chromium)");
        }
        Path seeds = Path.of(System.getProperty("sitrep.shared", "../shared"), "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds folder at " + seeds);
        String url = "jdbc:h2:file:" + dir.resolve("sitrep").toAbsolutePath();
        store = JdbiArticleStore.open(url);
        tokens = JdbiTokenStore.open(url);
        watch = JdbiWatchStore.open(url);
        server = ApiServer.create(store, tokens, index, watch, new ServerIngestion(store, index), ServeOptions.defaults().withPort(0))
                .start();
        base = "http://127.0.0.1:" + server.port();
        String token = tokens.create("browser test");
        List<Path> seedFiles;
        try (Stream<Path> files = Files.list(seeds)) {
            seedFiles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // the seeds as one upload form, with an empty file the answer names while the others are stored
        MultipartForm form = new MultipartForm();
        for (Path seed : seedFiles) {
            form.file(seed.getFileName().toString(), Files.readAllBytes(seed));
        }
        form.file("empty.txt", new byte[0]);
        HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        List<?> results = (List<?>) ArticleJson.mapper().readValue(uploaded.body(), Map.class).get("results");
        assertThat(results).hasSize(seedFiles.size() + 1);
        for (int i = 0; i < seedFiles.size(); i++) {
            Map<?, ?> result = (Map<?, ?>) results.get(i);
            assertThat(result.get("name")).isEqualTo(seedFiles.get(i).getFileName().toString());
            assertThat(result.get("input_new")).isEqualTo(true);
            assertThat((List<?>) result.get("articles")).isNotEmpty();
        }
        assertThat(((Map<?, ?>) results.get(seedFiles.size())).get("error")).isEqualTo("the file is empty");
        HttpResponse<String> hostile = post("/api/ingest?name=hostile.txt&format=text",
                HOSTILE.getBytes(StandardCharsets.UTF_8), token);
        assertThat(hostile.statusCode()).as(hostile.body()).isEqualTo(201);
        hostileId = (String) ((List<?>) ArticleJson.mapper().readValue(hostile.body(), Map.class).get("articles")).get(0);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
        if (tokens != null) {
            tokens.close();
        }
        if (watch != null) {
            watch.close();
        }
        index.close();
        if (store != null) {
            store.close();
        }
    }

    @Test
    void fromTheMapTheSpinBoldakClashLeadsToItsSentenceLitInTheArticle() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate(base + "/#/");
            page.waitForSelector("body[data-ready=true]");
            assertThat(page.locator("#map-status").textContent()).matches("\\d+ of \\d+ placed events.*");
            assertThat(page.locator("path.country").count()).isGreaterThan(100); // the country outlines
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("1-map.png")));

            page.navigate(base + "/#/map/31.0/66.4/10");
            page.waitForSelector("body[data-ready=true]");
            Locator clash = page.locator(".leaflet-marker-icon[title*='ASSAULT'][title*='armed clash'][title*='Spin Boldak']").first();
            clash.waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("2-map-spin-boldak.png")));
            clash.dispatchEvent("click"); // markers at one town overlap: the click goes to this one
            Locator popup = page.locator(".leaflet-popup");
            popup.waitFor();
            String evidence = popup.locator("p").textContent();
            assertThat(evidence).isNotBlank();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("3-clash-popup.png")));

            popup.locator("a.read-sentence").click();
            page.waitForSelector("#article-text mark.lit");
            assertThat(page.url()).matches(".*#/article/[0-9a-f]+/event/ev\\d+");
            assertThat(page.locator("#chosen").textContent()).contains("ASSAULT").contains("Spin Boldak");
            List<String> lit = page.locator("#article-text mark.lit").allTextContents();
            assertThat(lit).contains(evidence); // the very characters the event was read from
            assertThat(page.locator("#article-text").textContent()).contains(evidence);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("4-clash-sentence-lit.png")));
        }
    }

    @Test
    void timelineBrushingFiltersTheMap() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate(base + "/#/");
            page.waitForSelector("body[data-ready=true]");
            String all = page.locator("#map-status").textContent();
            var box = page.locator("#timeline-svg").boundingBox();
            // a drag over the first tenth of the timeline, before the first dated event's day
            page.mouse().move(box.x + 2, box.y + 20);
            page.mouse().down();
            page.mouse().move(box.x + box.width * 0.05, box.y + 20);
            page.mouse().up();
            String brushed = page.locator("#map-status").textContent();
            assertThat(brushed).isNotEqualTo(all).startsWith("0 of ").contains(" from ");
            page.locator("#timeline-svg").dblclick();
            assertThat(page.locator("#map-status").textContent()).isEqualTo(all);
        }
    }

    @Test
    void theFiguresAboutTroopsSentToRussiaAreChartedWithTheirSources() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate(base + "/#/claims/troops%20sent%20to%20Russia");
            page.waitForSelector("body[data-ready=true]");
            assertThat(page.locator("#claim-chart circle").count()).isGreaterThanOrEqualTo(1);
            assertThat(page.locator("#view .list").textContent()).contains("10,000 troops").contains("Pentagon");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("6-claim-series.png")));
        }
    }

    @Test
    void aStoryPageShowsItsEventsItsFiguresChartedAndItsSources() throws Exception {
        // the story holding the figures about troops sent to Russia, as the API groups them
        Map<?, ?> series = (Map<?, ?>) ((List<?>) getJson("/api/claims/series?subject=troops").get("items")).get(0);
        Object storyId = series.get("story_id");
        Map<?, ?> story = getJson("/api/stories/" + storyId);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate(base + "/#/stories");
            page.waitForSelector("body[data-ready=true]");
            page.locator("#stories a[href='#/story/" + storyId + "']").click();
            page.waitForSelector("#story-title");
            page.waitForSelector("body[data-ready=true]");
            assertThat(page.locator("#story-title").textContent()).isEqualTo(story.get("title"));
            assertThat(page.locator("#story-events > li.linked-event").count()).isEqualTo(((List<?>) story.get("events")).size())
                    .isPositive();
            assertThat(page.locator("#timeline-svg rect.bar").count()).isPositive();
            List<?> points = (List<?>) series.get("points");
            // every figure of the series is a dot, the undated one (South Korean assessments) in the undated column
            assertThat(page.locator("#story-figures svg circle").count()).as(points.toString()).isGreaterThanOrEqualTo(points.size())
                    .isGreaterThanOrEqualTo(2);
            assertThat(page.locator("#story-figures").textContent()).contains("10,000").contains("15,000");
            assertThat(page.locator("#story-figures").textContent()).contains("troops").contains("Pentagon");
            assertThat(page.locator("#story-sources > li").count()).isEqualTo(((List<?>) story.get("articles")).size());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("7-story.png")).setFullPage(true));
            // a source leads to its article
            page.locator("#story-sources > li a[href^='#/article/']").first().click();
            page.waitForSelector("#article-title");
            assertThat(page.url()).matches(".*#/article/[0-9a-f]+");
        }
    }

    @Test
    void anEntityPageListsItsEventsAndMentionsAcrossArticles() throws Exception {
        Map<?, ?> entity = (Map<?, ?>) ((List<?>) getJson("/api/entities?name=taliban").get("items")).get(0);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate(base + "/#/entities/taliban");
            page.waitForSelector("body[data-ready=true]");
            page.locator("#entities a[href='#/entity/" + entity.get("id") + "']").click();
            page.waitForSelector("#entity-name");
            page.waitForSelector("body[data-ready=true]");
            assertThat(page.locator("#entity-name").textContent()).isEqualTo(entity.get("name"));
            assertThat(page.locator("#entity-mentions > li").count())
                    .isEqualTo(Math.min(300, ((List<?>) entity.get("mentions")).size())).isPositive();
            assertThat(page.locator("#entity-events > li.linked-event").count()).isPositive();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("8-entity.png")).setFullPage(true));
        }
    }

    @Test
    void searchFindsArticlesByTheirWordsWithTheWordsMarkedAsText() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate(base + "/#/");
            page.waitForSelector("body[data-ready=true]");
            page.locator("#search-text").fill("Spin Boldak");
            page.locator("#search button").click();
            page.waitForSelector("#search-hits > li");
            page.waitForSelector("body[data-ready=true]");
            assertThat(page.url()).endsWith("#/search/Spin%20Boldak");
            List<String> marked = page.locator("#search-hits mark").allTextContents();
            assertThat(marked).isNotEmpty().allSatisfy(m -> assertThat(m).matches("(?i)spin|boldak|spin boldak"));
            assertThat(page.locator("#search-hits > li").first().textContent()).containsIgnoringCase("Spin Boldak");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("9-search.png")));
        }
    }

    @Test
    void aHostileArticleRendersInert() {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        List<String> outside = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            context.onRequest(r -> {
                if (!r.url().startsWith(base + "/") && !r.url().startsWith("data:")) {
                    outside.add(r.url());
                }
            });
            Page page = context.newPage();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate(base + "/#/article/" + hostileId);
            page.waitForSelector("body[data-ready=true]");
            Locator buttons = page.locator(".items button");
            for (int i = 0; i < buttons.count(); i++) {
                buttons.nth(i).click();
                page.locator("#article-text").hover();
            }
            page.locator("#article-title").hover();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("5-hostile-article-inert.png")));
            // every piece of markup is there, as text
            assertThat(page.locator("#view").textContent()).contains("<script>alert('body');window.pwned=1</script>")
                    .contains("<img src=x onerror=\"alert('title')\">").contains("<a href=\"javascript:alert('link')\">");
            assertThat(page.locator("#view script, #view img, #view iframe, #view [onerror], #view [onmouseover]").count()).isZero();
            assertThat(page.locator("#view a[href^='javascript']").count()).isZero();
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            // and as a search hit: its markup is text, only the matched words are marked
            page.navigate(base + "/#/search/onerror%20checkpoint");
            page.waitForSelector("body[data-ready=true]");
            page.waitForSelector("#search-hits > li");
            assertThat(page.locator("#search-hits").textContent()).contains("<img src=x onerror=\"alert('title')\">");
            assertThat(page.locator("#search-hits *").evaluateAll("nodes => nodes.map(n => n.tagName)").toString())
                    .doesNotContain("IMG").doesNotContain("SCRIPT").doesNotContain("IFRAME").doesNotContain("B,");
            page.locator("#search-hits").hover();
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            assertThat(dialogs).isEmpty();
            assertThat(outside).isEmpty();
        }
    }

    private Map<?, ?> getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return ArticleJson.mapper().readValue(r.body(), Map.class);
    }

    /** A multipart/form-data body of file fields, as a browser's upload form sends it. */
    static final class MultipartForm {
        private final String boundary = "sitrep-" + java.util.UUID.randomUUID();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void file(String name, byte[] content) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }

    private HttpResponse<String> post(String path, byte[] body, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
