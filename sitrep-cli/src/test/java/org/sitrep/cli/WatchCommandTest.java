package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.watch.JdbiWatchStore;
import org.sitrep.store.watch.WatchStore;
import org.sitrep.store.watch.WatchedFeed;
import org.sitrep.watch.testing.Feeds;
import org.sitrep.watch.testing.LocalWebServer;
import org.sitrep.watch.testing.LocalWebServer.Reply;

/**
 * {@code sitrep watch} run in-process against a real HTTP server on 127.0.0.1 whose feeds and pages change between
 * polls, fail, redirect and rate-limit; only the clean stage runs, as what is tested is the watching.
 */
class WatchCommandTest {

    @TempDir
    Path folder;

    private LocalWebServer web;
    private String db;

    @BeforeEach
    void start() throws Exception {
        web = LocalWebServer.start();
        db = emptyDatabase();
        web.on("/robots.txt", Reply.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
    }

    /** A JDBC URL of an empty database for one test: an H2 file here, PostgreSQL in the subclass. */
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
    }

    @AfterEach
    void stop() {
        web.close();
    }

    static CliRun sitrep(String... args) {
        return CliRun.of(args);
    }

    private CliRun watchOnce(String... feeds) {
        List<String> args = new java.util.ArrayList<>(List.of("watch", "--db", db, "--stages", "clean", "--allow-private",
                "--once", "--host-delay", "0ms"));
        args.addAll(List.of(feeds));
        return sitrep(args.toArray(String[]::new));
    }

    /** A story of its own for each name, long enough to be read as an article. */
    static String story(String name) {
        return Feeds.page("Floods close roads in " + name,
                "Heavy rain closed several roads in " + name + " on Tuesday, the regional transport office said, as "
                        + "rivers rose above their banks for the second time this month.",
                "Officials in " + name + " said crews were clearing debris from the main bridge and expected to reopen "
                        + "it by the weekend if the weather allowed.",
                "Residents of low-lying streets in " + name + " were told to move their cars to higher ground overnight.");
    }

    private List<StoredArticle> articles() {
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            return store.list(new ArticleQuery(null, null, null, null, null, 0, 0));
        }
    }

    private long inputs() {
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            return store.countInputs();
        }
    }

    @Test
    void newItemsAreStoredOnceFromTheirPagesOrTheFeedsTextAndA304ChangesNothing() {
        AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
        AtomicReference<String> feed = new AtomicReference<>(Feeds.rss(
                new Feeds.Item("/news/ashford", "Floods close roads in Ashford", "Tue, 02 Dec 2025 10:00:00 GMT", "Roads shut."),
                new Feeds.Item("/news/gone", "Storm hits Brackley", "Tue, 02 Dec 2025 11:00:00 GMT",
                        "<p>A storm brought down power lines across Brackley on Tuesday, the local council said, leaving"
                                + " hundreds of homes without electricity for most of the day.</p>"),
                new Feeds.Item("/private/colne", "Bridge shut in Colne", null,
                        "<p>The old bridge in Colne was shut on Tuesday after engineers found cracks in two of its"
                                + " supports, the county highways department said.</p>"),
                new Feeds.Item("/news/dover?utm_source=rss", "Floods close roads in Dover", null, "Roads shut.")));
        web.on("/feed.xml", r -> etag.get().equals(r.header("if-none-match")) ? Reply.status(304).with("ETag", etag.get())
                : Reply.ok("application/rss+xml", feed.get()).with("ETag", etag.get()));
        web.on("/news/ashford", Reply.ok("text/html; charset=utf-8", story("Ashford")));
        web.on("/news/gone", Reply.status(404));
        web.on("/private/colne", Reply.ok("text/html", story("Colne")));
        web.on("/news/dover", Reply.redirect(301, "/news/dover-moved"));
        web.on("/news/dover-moved", Reply.ok("text/html", story("Dover")));

        CliRun first = watchOnce(web.url("/feed.xml"));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("items 4 new, 4 stored (2 from their page, 2 from the feed's text), 0 duplicate, 0 failed");
        assertThat(web.requests("/private/colne")).as("robots.txt disallows /private/").isEmpty();
        assertThat(articles()).extracting(StoredArticle::url).contains(web.url("/news/ashford"), web.url("/news/dover-moved"),
                web.url("/news/gone"), web.url("/private/colne"));
        assertThat(articles()).filteredOn(a -> a.url().endsWith("/news/gone")).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Storm hits Brackley"));
        assertThat(inputs()).isEqualTo(4);

        CliRun second = watchOnce(web.url("/feed.xml"));

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(web.requests("/feed.xml").get(1).header("if-none-match")).isEqualTo("\"v1\"");
        assertThat(second.err()).contains("polls 1 (1 not modified, 0 failed); items 0 new");
        assertThat(inputs()).isEqualTo(4);

        feed.set(Feeds.rss(
                new Feeds.Item("/news/ashford?utm_medium=feed#top", "Floods close roads in Ashford", null, "Roads shut."),
                new Feeds.Item("/news/eyam", "Floods close roads in Eyam", null, "Roads shut.")));
        etag.set("\"v2\"");
        web.on("/news/eyam", Reply.ok("text/html", story("Eyam")));

        CliRun third = watchOnce(web.url("/feed.xml"));

        assertThat(third.err()).as("the same link with a tracking parameter is the same item")
                .contains("items 1 new, 1 stored (1 from their page, 0 from the feed's text)");
        assertThat(inputs()).isEqualTo(5);
        assertThat(web.requests("/news/ashford")).hasSize(1);
    }

    @Test
    void aRateLimitIsWaitedOutAsRetryAfterAsksThenTheFeedIsRead() {
        AtomicInteger polls = new AtomicInteger();
        web.on("/feed.xml", r -> polls.incrementAndGet() == 1 ? Reply.status(429).with("Retry-After", "1")
                : Reply.ok("application/rss+xml", Feeds.rss(new Feeds.Item("/news/fenton", "Floods close roads in Fenton",
                null, "Roads shut."))));
        web.on("/news/fenton", Reply.ok("text/html", story("Fenton")));

        CliRun run = sitrep("watch", "--db", db, "--stages", "clean", "--allow-private", "--host-delay", "0ms",
                "--interval", "200ms", "--stop-after", "3s", web.url("/feed.xml"));

        assertThat(run.err()).contains(web.url("/feed.xml") + ": HTTP 429 (Retry-After 1000 ms)");
        List<LocalWebServer.Request> asked = web.requests("/feed.xml");
        assertThat(asked.size()).isGreaterThanOrEqualTo(2);
        assertThat(Duration.between(asked.get(0).at(), asked.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(run.exitCode()).as("the feed recovered").isZero();
        assertThat(inputs()).isEqualTo(1);
    }

    @Test
    void aFeedThatFailsBacksOffAndOnceSkipsItUntilItIsDue() {
        web.on("/feed.xml", Reply.status(503).with("Retry-After", "120"));

        CliRun first = watchOnce(web.url("/feed.xml"));

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.err()).contains("HTTP 503 (Retry-After 120000 ms); failed 1 time in a row");
        try (WatchStore watch = JdbiWatchStore.open(db)) {
            WatchedFeed feed = watch.feed(web.url("/feed.xml")).orElseThrow();
            assertThat(feed.failures()).isEqualTo(1);
            assertThat(Duration.between(feed.lastPolledAt(), feed.nextPollAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(120));
        }

        CliRun second = watchOnce(web.url("/feed.xml"));

        assertThat(second.err()).contains("backing off after 1 failed polls");
        assertThat(web.requests("/feed.xml")).hasSize(1);
    }

    @Test
    void aBrokenFeedIsOneLineAndTheOtherFeedsOfTheOpmlFileAreStillRead() throws Exception {
        web.on("/broken.xml", Reply.ok("text/html", "<html><body>Not a feed</body></html>"));
        web.on("/feed.xml", Reply.ok("application/rss+xml", Feeds.rss(new Feeds.Item("/news/gela",
                "Floods close roads in Gela", null, "Roads shut."))));
        web.on("/news/gela", Reply.ok("text/html", story("Gela")));
        Path opml = folder.resolve("feeds.opml");
        java.nio.file.Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Broken\" xmlUrl=\""
                + web.url("/broken.xml") + "\"/><outline text=\"Wire\" xmlUrl=\"" + web.url("/feed.xml") + "\"/></body></opml>");

        CliRun run = watchOnce(opml.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(web.url("/broken.xml") + ": not a readable RSS or Atom feed")
                .contains("sitrep watch: 2 feeds; 1 failing; polls 2 (0 not modified, 1 failed); items 1 new, 1 stored");
        assertThat(inputs()).isEqualTo(1);
    }

    @Test
    void aLoopbackFeedIsRefusedWithoutAllowPrivate() {
        web.on("/feed.xml", Reply.ok("application/rss+xml", Feeds.rss()));

        CliRun run = sitrep("watch", "--db", db, "--stages", "clean", "--once", web.url("/feed.xml"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("refused: 127.0.0.1 is 127.0.0.1, a loopback address (--allow-private allows it)");
        assertThat(web.requests()).isEmpty();
    }

    @Test
    void badOptionsAndFeedListsAreUsageErrors() {
        CliRun badInterval = sitrep("watch", "--db", db, "--interval", "soon", "https://example.org/feed.xml");
        CliRun noList = sitrep("watch", "--db", db, folder.resolve("missing.opml").toString());

        assertThat(badInterval.exitCode()).isEqualTo(2);
        assertThat(badInterval.err().strip()).isEqualTo("sitrep watch: --interval: not a duration: 'soon' (write 500ms, 30s, 15m, 2h or 1d)");
        assertThat(noList.exitCode()).isEqualTo(2);
        assertThat(noList.err()).contains("missing.opml: no such file, and not an http(s) URL");
    }
}
