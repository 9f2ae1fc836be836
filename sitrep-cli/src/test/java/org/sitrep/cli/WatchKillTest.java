package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
import org.sitrep.watch.testing.Feeds;
import org.sitrep.watch.testing.LocalWebServer;
import org.sitrep.watch.testing.LocalWebServer.Reply;

/**
 * The watcher as a process of its own (the built class path), killed with SIGKILL while it polls, then started
 * again: every item of the feed ends up stored exactly once.
 */
class WatchKillTest {

    private static final int ITEMS = 12;

    @TempDir
    Path folder;

    private LocalWebServer web;
    private String db;
    private final AtomicInteger pageRequests = new AtomicInteger();
    private volatile CountDownLatch killPoint = new CountDownLatch(0);
    private volatile int killAtPage = -1;

    @BeforeEach
    void start() throws Exception {
        web = LocalWebServer.start();
        db = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
        web.on("/robots.txt", Reply.status(404));
        Feeds.Item[] items = new Feeds.Item[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            String town = "Town" + (char) ('A' + i);
            items[i] = new Feeds.Item("/news/" + i, "Floods close roads in " + town, null, "Roads shut in " + town + ".");
            web.on("/news/" + i, r -> {
                int n = pageRequests.incrementAndGet();
                if (n == killAtPage) {
                    killPoint.countDown();
                    Thread.sleep(5000); // the process is killed while it waits for this page
                }
                return Reply.ok("text/html", WatchCommandTest.story(town));
            });
        }
        web.on("/feed.xml", Reply.ok("application/rss+xml", Feeds.rss(items)).with("ETag", "\"only\""));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private Process watcher(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main", "watch", "--db", db,
                "--stages", "clean", "--allow-private", "--host-delay", "0ms"));
        command.addAll(List.of(extra));
        command.add(web.url("/feed.xml"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("watch.log").toFile())).start();
    }

    private String log() throws Exception {
        return Files.readString(folder.resolve("watch.log"));
    }

    @Test
    void killedMidPollThenRestartedStoresEveryItemExactlyOnce() throws Exception {
        killAtPage = 6;
        killPoint = new CountDownLatch(1);
        Process first = watcher("--interval", "1h");
        assertThat(killPoint.await(60, TimeUnit.SECONDS)).as("the watcher reached the sixth page: " + log()).isTrue();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
        first.waitFor(30, TimeUnit.SECONDS);
        killAtPage = -1;

        Process second = watcher("--once");
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(second.exitValue()).as(log()).isZero();
        assertEveryItemStoredOnce();
    }

    @Test
    void killedAtRandomMomentsAgainAndAgainStillStoresEveryItemExactlyOnce() throws Exception {
        Random random = new Random(17);
        for (int round = 0; round < 2; round++) {
            int before = pageRequests.get();
            Process p = watcher("--interval", "1h");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pageRequests.get() == before && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(400)); // somewhere among fetching, reading and storing the next items
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        Process last = watcher("--once");
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(last.exitValue()).as(log()).isZero();
        assertEveryItemStoredOnce();
    }

    private void assertEveryItemStoredOnce() throws Exception {
        List<StoredArticle> articles;
        long inputs;
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            articles = store.list(new ArticleQuery(null, null, null, null, null, 0, 0));
            inputs = store.countInputs();
        }
        Map<String, Long> byUrl = articles.stream().collect(Collectors.groupingBy(StoredArticle::url, Collectors.counting()));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            expected.add(web.url("/news/" + i));
        }
        assertThat(byUrl.keySet()).as(log()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(byUrl.values()).allMatch(n -> n == 1);
        assertThat(inputs).isEqualTo(ITEMS);
        try (WatchStore watch = JdbiWatchStore.open(db)) {
            assertThat(watch.countItems("done")).isEqualTo(ITEMS);
            assertThat(watch.countItems("pending")).isZero();
        }
        Map<String, Long> fetches = web.requests().stream().filter(r -> r.path().startsWith("/news/"))
                .collect(Collectors.groupingBy(LocalWebServer.Request::path, Collectors.counting()));
        assertThat(fetches.keySet()).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(u -> u.substring(u.indexOf("/news/"))).toList());
    }
}
