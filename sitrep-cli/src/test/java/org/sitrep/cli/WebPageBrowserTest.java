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

/**
 * The web page in a real browser (Debian's chromium, driven by Playwright) over a real server whose store was filled
 * through {@code POST /api/ingest} with the seeds and the real pipeline: from the map to the clash at Spin Boldak to
 * its sentence lit in the article; and an article written to attack the page renders inert. Screenshots go to
 * {@code target/screenshots/}.
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
        server = ApiServer.create(store, tokens, new ServerIngestion(store, null), ServeOptions.defaults().withPort(0)).start();
        base = "http://127.0.0.1:" + server.port();
        String token = tokens.create("browser test");
        List<Path> seedFiles;
        try (Stream<Path> files = Files.list(seeds)) {
            seedFiles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seedFiles) {
            HttpResponse<String> r = post("/api/ingest?name=" + seed.getFileName(), Files.readAllBytes(seed), token);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
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
            assertThat(dialogs).isEmpty();
            assertThat(outside).isEmpty();
        }
    }

    private HttpResponse<String> post(String path, byte[] body, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
