package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.StoredEvent;
import org.sitrep.watch.testing.Feeds;
import org.sitrep.watch.testing.LocalWebServer;
import org.sitrep.watch.testing.LocalWebServer.Reply;

/**
 * Watchlists end to end, with the real events stage: a feed item whose page tells an attack in Kandahar raises one
 * alert to a local webhook receiver (failing once, then accepting: retried, then never sent again) and one mail to a
 * local SMTP server (GreenMail), each carrying the event and its citation; watchlists the event does not match
 * send nothing.
 */
class WatchAlertsTest {

    static final String STORY = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Gunmen attack police checkpoint"
            + " in Kandahar</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Gunmen attack police checkpoint"
            + " in Kandahar</h1><p>KANDAHAR, Afghanistan (Test Wire) -- Gunmen attacked a police checkpoint in Kandahar on"
            + " Tuesday, killing five police officers and wounding two others, a provincial police spokesman said.</p>"
            + "<p>The attackers fled after a gunfight that lasted nearly an hour, the spokesman, Jamal Nasir, told"
            + " reporters.</p><p>Security forces later sealed off the area and began searching nearby villages, officials"
            + " said.</p></article><footer>Copyright Test Wire</footer></body></html>";

    @TempDir
    static Path folder;

    static LocalWebServer web;
    static GreenMail mail;
    static String db;
    static final AtomicInteger hookCalls = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        web = LocalWebServer.start();
        int smtpPort;
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        db = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
        web.on("/robots.txt", Reply.status(404));
        web.on("/feed.xml", r -> "\"1\"".equals(r.header("if-none-match")) ? Reply.status(304)
                : Reply.ok("application/rss+xml", Feeds.rss(new Feeds.Item("/news/kandahar",
                "Gunmen attack police checkpoint in Kandahar", "Tue, 02 Dec 2025 10:00:00 GMT", "An attack."))).with("ETag", "\"1\""));
        web.on("/news/kandahar", Reply.ok("text/html; charset=utf-8", STORY));
        web.on("/hook", r -> hookCalls.incrementAndGet() == 1 ? Reply.status(500) : Reply.status(204));
        web.on("/other-hook", Reply.status(204));
    }

    @AfterAll
    static void stop() {
        web.close();
        mail.stop();
    }

    private static CliRun watchOnce() {
        return WatchCommandTest.sitrep("watch", "--db", db, "--stages", "events", "--allow-private", "--once",
                "--host-delay", "0ms", "--alert-retry", "100ms", "--smtp-host", "127.0.0.1", "--smtp-port",
                String.valueOf(mail.getSmtp().getPort()), "--smtp-from", "sitrep@127.0.0.1", web.url("/feed.xml"));
    }

    @Test
    void aMatchingEventIsSentOnceToTheWebhookAndByMailWithItsCitation() throws Exception {
        assertThat(WatchCommandTest.sitrep("watchlist", "add", "kandahar", "--db", db, "--type", "ASSAULT", "--near",
                "31.61,65.71", "--radius", "50", "--webhook", web.url("/hook"), "--email", "desk@example.org").exitCode()).isZero();
        assertThat(WatchCommandTest.sitrep("watchlist", "add", "checkpoints", "--db", db, "--text", "police checkpoint",
                "--country", "Afghanistan", "--webhook", web.url("/other-hook")).exitCode()).isZero();
        assertThat(WatchCommandTest.sitrep("watchlist", "add", "protests", "--db", db, "--type", "PROTEST",
                "--webhook", web.url("/never")).exitCode()).isZero();
        assertThat(WatchCommandTest.sitrep("watchlist", "add", "elsewhere", "--db", db, "--near", "Paris, France",
                "--webhook", web.url("/never")).exitCode()).isZero();

        CliRun first = watchOnce();

        assertThat(first.err()).contains("items 1 new, 1 stored").contains("alerts 3 raised")
                .contains("the webhook answered HTTP 500; retrying at");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("sitrep alert: kandahar: Gunmen attack police checkpoint in Kandahar");
        assertThat(GreenMailUtil.getBody(message)).contains("ASSAULT").contains(web.url("/news/kandahar"))
                .contains("Gunmen attacked a police checkpoint in Kandahar");

        CliRun second = watchOnce();

        assertThat(second.err()).contains("1 not modified").contains("alerts 0 raised");
        assertThat(sent(first) + sent(second)).as("the failed one retried once more, in the first run or the second").isEqualTo(3);
        List<LocalWebServer.Request> hook = web.requests("/hook");
        assertThat(hook).hasSize(2);
        assertThat(hook.get(0).header("idempotency-key")).isEqualTo(hook.get(1).header("idempotency-key"));
        JsonNode payload = new ObjectMapper().readTree(hook.get(1).text());
        assertThat(payload.path("watchlist").asText()).isEqualTo("kandahar");
        assertThat(payload.path("article").path("url").asText()).isEqualTo(web.url("/news/kandahar"));
        JsonNode event = payload.path("events").get(0);
        assertThat(event.path("type").asText()).isEqualTo("ASSAULT");
        assertThat(event.path("place").path("country").asText()).isEqualTo("AF");
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            StoredEvent stored = store.events(EventQuery.all().ofArticle(payload.path("article").path("id").asText())).stream()
                    .filter(e -> e.eventId().equals(event.path("event_id").asText())).findFirst().orElseThrow();
            assertThat(event.path("evidence").path("text").asText()).isEqualTo(stored.event().evidence().text())
                    .contains("Gunmen attacked a police checkpoint");
            assertThat(event.path("evidence").path("start").asInt()).isEqualTo(stored.event().evidence().start());
            assertThat(event.path("evidence").path("end").asInt()).isEqualTo(stored.event().evidence().end());
        }
        assertThat(web.requests("/other-hook")).hasSize(1);
        assertThat(web.requests("/never")).isEmpty();

        CliRun third = watchOnce();

        assertThat(third.err()).contains("alerts 0 raised, 0 sent");
        assertThat(web.requests("/hook")).hasSize(2);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    private static int sent(CliRun run) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("raised, (\\d+) sent").matcher(run.err());
        assertThat(m.find()).as(run.err()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void watchlistsAreListedAndRemoved() {
        assertThat(WatchCommandTest.sitrep("watchlist", "add", "to-remove", "--db", db, "--actor", "Taliban",
                "--webhook", web.url("/never")).exitCode()).isZero();
        CliRun duplicate = WatchCommandTest.sitrep("watchlist", "add", "to-remove", "--db", db,
                "--webhook", web.url("/never"));
        CliRun nowhere = WatchCommandTest.sitrep("watchlist", "add", "nowhere", "--db", db, "--actor", "x");
        CliRun badType = WatchCommandTest.sitrep("watchlist", "add", "bad", "--db", db, "--type", "PICNIC",
                "--webhook", web.url("/never"));

        assertThat(duplicate.exitCode()).isEqualTo(2);
        assertThat(duplicate.err().strip()).isEqualTo("sitrep watchlist add: a watchlist named 'to-remove' exists already");
        assertThat(nowhere.exitCode()).isEqualTo(2);
        assertThat(nowhere.err()).contains("needs somewhere to send its alerts");
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(WatchCommandTest.sitrep("watchlist", "list", "--db", db).out()).contains("to-remove\tactor Taliban; webhook");
        assertThat(WatchCommandTest.sitrep("watchlist", "remove", "to-remove", "--db", db).exitCode()).isZero();
        assertThat(WatchCommandTest.sitrep("watchlist", "list", "--db", db).out()).doesNotContain("to-remove");
        assertThat(WatchCommandTest.sitrep("watchlist", "remove", "to-remove", "--db", db).exitCode()).isEqualTo(1);
    }
}
