package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ArticleJson;
import org.sitrep.report.Citation;
import org.sitrep.report.Report;
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportSubject;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.PostgresTestDatabase;
import org.sitrep.store.StoredArticle;

/**
 * {@code sitrep report} over the two seed files and an article written to attack the page, ingested through the
 * command line into a fresh H2 store (pipeline and linking once for the class): the seeds' claim series about
 * North Korean troops with their sources (../shared/fixtures/seeds-expected.json, {@code across_files}), the events
 * with their dates, every citation's text equal to the input at its offsets, the errors, and the HTML read back from
 * Debian's chromium with the network blocked. Screenshots go to {@code target/screenshots/}.
 */
class ReportCommandTest {

    @TempDir
    static Path folder;

    /** A quote with a script in it, so that the report has to show one. */
    static final String HOSTILE_QUOTE = "\"They came <script>alert('quote');window.pwned=2</script> at dawn,\" the police chief said.\n";

    private static String db;
    private static JsonNode expected;
    private static JsonNode across;

    static CliRun sitrep(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void ingest() throws Exception {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        Path fixture = shared.resolve("fixtures/seeds-expected.json");
        Assumptions.assumeTrue(Files.isRegularFile(fixture), "seed fixture not found at " + fixture + "; skipped");
        expected = ArticleJson.mapper().readTree(fixture.toFile());
        across = expected.get("across_files");
        db = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
        ingestSeeds(db);
        Path hostile = Files.writeString(folder.resolve("hostile.txt"), WebPageBrowserTest.HOSTILE + "\n" + HOSTILE_QUOTE);
        CliRun run = sitrep("ingest", "--db", db, "--format", "text", "--published", "2025-12-05", hostile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** Both seed files, each with the fixture's retrieval time, as SeedsAcrossArticlesTest ingests them. */
    private static void ingestSeeds(String url) {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        for (Iterator<Map.Entry<String, JsonNode>> files = expected.get("files").fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            List<String> args = new ArrayList<>(List.of("ingest", "--db", url));
            JsonNode retrieved = file.getValue().get("retrieved_at");
            if (retrieved != null && !retrieved.isNull()) {
                args.addAll(List.of("--retrieved-at", retrieved.asText()));
            }
            args.add(shared.resolve("seeds").resolve(file.getKey()).toString());
            CliRun run = sitrep(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
    }

    @Test
    void northKoreaIsTheStoryWithTheTroopFiguresAndTheirSourcesAndChoesVisitOnItsDay() {
        CliRun run = sitrep("report", "North Korea", "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String md = run.out();
        assertThat(md).startsWith("# Situation report: North Korea\n").contains("Resolved to story ");
        String figures = md.substring(md.indexOf("## Key figures"), md.indexOf("## Events"));
        for (JsonNode series : across.get("claim_series")) {
            for (JsonNode point : series.get("values")) {
                String value = String.format(Locale.ROOT, "%,d", point.get("value").asLong());
                assertThat(figures.lines().filter(l -> l.startsWith("| " + value + " ")).toList())
                        .as(series.get("about").asText() + ": " + value).anySatisfy(l -> assertThat(l)
                                .contains(point.get("according_to").asText()).containsPattern("\\[[0-9a-f]{8} \\d+-\\d+]"));
            }
        }
        String events = md.substring(md.indexOf("## Events"), md.indexOf("## Quotes by speaker"));
        assertThat(events.lines().filter(l -> l.contains("Choe Son Hui")).toList()).anySatisfy(l -> assertThat(l)
                .contains("| 2024-10-29 |").contains("CONSULT").contains("Vladivostok").contains("[80dea485 "));
        assertThat(events.lines().filter(l -> l.contains("Yoon Suk Yeol")).toList()).anySatisfy(l -> assertThat(l)
                .contains("| 2024-10-28 |").contains("CONSULT"));
        // the map's and the timeline's content, as tables
        assertThat(md).containsPattern("\\| Vladivostok \\| RU \\| 43\\.\\d{4}, 131\\.\\d{4} \\| CONSULT \\d+ \\|")
                .containsPattern("\\| 2024-10-28 \\| 1 CONSULT \\|");
        // the summary names the figures of the series with who gives them
        String summary = md.substring(md.indexOf("## Summary"), md.indexOf("## Key figures"));
        assertThat(summary).contains("10,000 troops according to Pentagon").contains("15,000 troops according to South Korea");
    }

    @Test
    void everyCitedSpanIsTheArticleTextAtItsOffsets() {
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            for (String query : List.of("North Korea", "Taliban", "Kandahar", "Vladivostok", "Choe Son Hui")) {
                Report report = new ReportBuilder(store).build(query, null, null);
                assertThat(report.citations()).as(query).hasSizeGreaterThan(3);
                for (Citation c : report.citations()) {
                    StoredArticle a = store.find(c.articleId()).orElseThrow();
                    String input = new String(store.rawInput(a.inputHash()).orElseThrow(), StandardCharsets.UTF_8);
                    assertThat(input.substring(c.start(), c.end())).as(query + ": " + c).isEqualTo(c.text());
                }
            }
            assertThat(new ReportBuilder(store).build("Choe Son Hui", null, null).subject().kind()).isEqualTo(ReportSubject.Kind.ACTOR);
            assertThat(new ReportBuilder(store).build("Vladivostok", null, null).subject().kind()).isEqualTo(ReportSubject.Kind.PLACE);
        }
    }

    @Test
    void postgreSqlGivesTheSameReport() {
        PostgresTestDatabase pg = PostgresTestDatabase.create();
        try {
            ingestSeeds(pg.url());
            for (String query : List.of("North Korea", "Choe Son Hui", "Vladivostok")) {
                try (ArticleStore h2 = JdbiArticleStore.open(db); ArticleStore postgres = JdbiArticleStore.open(pg.url())) {
                    Report onH2 = new ReportBuilder(h2).build(query, null, null);
                    Report onPg = new ReportBuilder(postgres).build(query, null, null);
                    assertThat(onPg.subject().kind()).as(query).isEqualTo(onH2.subject().kind());
                    assertThat(onPg.subject().name()).as(query).isEqualTo(onH2.subject().name());
                    assertThat(new HashSet<>(onPg.citations())).as(query).isEqualTo(new HashSet<>(onH2.citations()));
                    assertThat(onPg.series()).hasSameSizeAs(onH2.series());
                    assertThat(onPg.events()).hasSameSizeAs(onH2.events());
                }
            }
        } finally {
            TestIndexes.deleteDefaultIndex(pg.url());
            pg.drop();
        }
    }

    @Test
    void theDatesNarrowTheReport() {
        CliRun all = sitrep("report", "North Korea", "--db", db);
        CliRun day = sitrep("report", "North Korea", "--db", db, "--since", "2024-10-28", "--until", "2024-10-28");
        assertThat(day.exitCode()).as(day.err()).isZero();
        assertThat(day.out()).contains("Dates: from 2024-10-28 to 2024-10-28.").contains("Yoon Suk Yeol");
        String events = day.out().substring(day.out().indexOf("## Events"), day.out().indexOf("## Articles"));
        assertThat(events.lines().filter(l -> l.contains("| 2024-10-29 |")).toList()).as("no event dated the 29th").isEmpty();
        assertThat(all.out().lines().filter(l -> l.contains("| 2024-10-29 |") && l.contains("Vladivostok")).toList()).isNotEmpty();
        assertThat(day.out().length()).isLessThan(all.out().length());
    }

    @Test
    void aStoryIsFoundByItsIdAsByTheWordsOfItsTitle() {
        CliRun byWords = sitrep("report", "North Korea", "--db", db);
        java.util.regex.Matcher resolved = java.util.regex.Pattern.compile("Resolved to story (\\d+), by the words of its title")
                .matcher(byWords.out());
        assertThat(resolved.find()).as(byWords.out().lines().limit(3).toList().toString()).isTrue();
        CliRun byId = sitrep("report", resolved.group(1), "--db", db);
        assertThat(byId.exitCode()).as(byId.err()).isZero();
        assertThat(byId.out()).contains("Resolved to story " + resolved.group(1) + ", by its id");
        assertThat(byId.out().substring(byId.out().indexOf("## Summary"))).isEqualTo(byWords.out().substring(byWords.out().indexOf("## Summary")));
    }

    @Test
    void theHelpShowsOnlyTheOptionsAReportHas() {
        CliRun help = sitrep("report", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--db", "--since", "--until", "--format", "--out").doesNotContain("--offset", "--limit");
        assertThat(sitrep("report", "North Korea", "--db", db, "--offset", "2").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(sitrep("stories", "--help").out()).contains("--offset");
    }

    @Test
    void aQueryMatchingNothingAndBadOptionsAreOneLineErrors() {
        CliRun nothing = sitrep("report", "Zanzibar archipelago", "--db", db);
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(nothing.err().lines().toList()).singleElement().asString()
                .startsWith("sitrep report: nothing stored matches 'Zanzibar archipelago'").doesNotContain("Exception");
        CliRun badDate = sitrep("report", "North Korea", "--db", db, "--since", "2025-02-30");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err().lines().toList()).singleElement().asString().contains("--since").contains("2025-02-30");
        CliRun badFormat = sitrep("report", "North Korea", "--db", db, "--format", "pdf");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("--format must be one of md, html");
        CliRun noStore = sitrep("report", "North Korea", "--db", "jdbc:h2:file:" + folder.resolve("none").toAbsolutePath() + "/sitrep");
        assertThat(noStore.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(noStore.err()).startsWith("sitrep report: no store yet");
        Path nowhere = folder.resolve("no-such-folder").resolve("r.md");
        CliRun unwritable = sitrep("report", "North Korea", "--db", db, "--out", nowhere.toString());
        assertThat(unwritable.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(unwritable.err().lines().toList()).singleElement().asString()
                .isEqualTo("sitrep report: cannot write " + nowhere + ": its folder does not exist");
    }

    @Test
    void articleTextIsInertInBothFormats() {
        CliRun md = sitrep("report", "Kandahar", "--db", db);
        assertThat(md.exitCode()).as(md.err()).isZero();
        // every < of the article's text is escaped (Markdown shows "\\<" as "<"), and no link is made of it
        assertThat(md.out()).doesNotContainPattern("(?<!\\\\)<").doesNotContain("](javascript:")
                .contains("\\<script\\>alert('quote')").contains("\\<img src=x onerror=").contains("javascript:alert('link')");
        Path file = folder.resolve("kandahar.html");
        CliRun html = sitrep("report", "Kandahar", "--db", db, "--format", "html", "--out", file.toString());
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.err()).startsWith("sitrep report: wrote " + file);
        String page = readString(file);
        assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b onmouseover").doesNotContain("<iframe")
                .doesNotContain("href=\"javascript:").doesNotContain("src=\"http://198.51.100.7").contains("&lt;script&gt;alert(&#39;quote&#39;)")
                .contains("&lt;img src=x onerror=&quot;alert(&#39;title&#39;)&quot;&gt;");
    }

    @Test
    void theHtmlReportOpensOfflineInChromiumWithItsMapTimelineAndFigures() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(WebPageBrowserTest.CHROMIUM) || "true".equalsIgnoreCase(System.getenv("CI")),
                "browser test skipped: no " + WebPageBrowserTest.CHROMIUM + " (apt-get install chromium)");
        Path northKorea = folder.resolve("north-korea.html");
        Path kandahar = folder.resolve("kandahar-browser.html");
        assertThat(sitrep("report", "North Korea", "--db", db, "--format", "html", "--out", northKorea.toString()).exitCode()).isZero();
        assertThat(sitrep("report", "Kandahar", "--db", db, "--format", "html", "--out", kandahar.toString()).exitCode()).isZero();
        Files.createDirectories(WebPageBrowserTest.SCREENSHOTS);
        List<String> left = new CopyOnWriteArrayList<>();
        List<String> dialogs = new CopyOnWriteArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(WebPageBrowserTest.CHROMIUM)
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")));
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900).setOffline(true))) {
            context.route("**/*", route -> {
                if (route.request().url().startsWith("file:")) {
                    route.resume();
                } else {
                    left.add(route.request().url());
                    route.abort();
                }
            });
            Page page = context.newPage();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate(northKorea.toUri().toString());
            assertThat(page.title()).isEqualTo("Situation report: North Korea");
            assertThat(page.locator("svg.map path.country").count()).as("country outlines").isGreaterThan(10);
            assertThat(page.locator("svg.map path.country[data-name='North Korea']").count()).isEqualTo(1);
            assertThat(page.locator("svg.map path.country[data-name='North Korea']").getAttribute("d")).matches("M[-\\d.]+ [-\\d.]+L.*Z");
            assertThat(page.locator("svg.map circle.event").count()).as("a dot per placed event").isGreaterThan(10);
            assertThat(page.locator("svg.map circle.event[data-type='CONSULT']").count()).isPositive();
            assertThat(page.locator("svg.map text.place").allTextContents()).contains("Vladivostok", "Pyongyang");
            assertThat(page.locator("svg.timeline rect.bar").count()).isPositive();
            assertThat(page.locator("svg.timeline text.axis").allTextContents()).contains("2024-10-28", "2024-10-29");
            String figures = page.locator("#figures table.figures").first().innerText();
            assertThat(figures).contains("10,000 troops").contains("Pentagon").contains("15,000 troops").contains("South Korean");
            // a citation leads to its article's row
            page.locator("#figures a.cite").first().click();
            assertThat(page.url()).contains("#article-");
            page.screenshot(new Page.ScreenshotOptions().setPath(WebPageBrowserTest.SCREENSHOTS.resolve("report-north-korea.png")).setFullPage(true));

            page.navigate(kandahar.toUri().toString());
            assertThat(page.locator("body").innerText()).contains("<script>alert('quote');window.pwned=2</script>")
                    .contains("<img src=x onerror=\"alert('title')\">").contains("javascript:alert('link')");
            assertThat(page.evaluate("() => window.pwned === undefined && document.querySelectorAll('script, iframe, img').length")).isEqualTo(0);
            page.locator("a.cite").first().hover();
            page.screenshot(new Page.ScreenshotOptions().setPath(WebPageBrowserTest.SCREENSHOTS.resolve("report-hostile-inert.png")).setFullPage(true));
        }
        assertThat(left).as("requests that left the file").isEmpty();
        assertThat(dialogs).as("dialogs").isEmpty();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
