package org.sitrep.store.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watch state (migration V4) on each database; the subclasses give it one. */
abstract class WatchStoreContract {

    WatchStore store;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** A JDBC URL of an empty database for one test. */
    abstract String emptyDatabase();

    @BeforeEach
    void open() {
        store = JdbiWatchStore.open(emptyDatabase());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static FeedItem item(String key) {
        return new FeedItem(key, "https://example.org/" + key, "Title " + key, "2025-12-02T10:00:00Z", "<p>text " + key + "</p>");
    }

    @Test
    void aFeedIsRegisteredOnceAndDueAtOnce() {
        WatchedFeed feed = store.registerFeed("https://example.org/rss", 60_000, now);
        WatchedFeed again = store.registerFeed("https://example.org/rss", 30_000, now.plusSeconds(5));

        assertThat(again.id()).isEqualTo(feed.id());
        assertThat(again.intervalMs()).isEqualTo(30_000);
        assertThat(again.nextPollAt()).isEqualTo(now);
        assertThat(store.feeds()).hasSize(1);
    }

    @Test
    void aPollRecordsTheFeedsStateAndOnlyItsNewItemsAsPending() {
        long feed = store.registerFeed("https://example.org/rss", 60_000, now).id();

        List<FeedItem> first = store.recordPoll(feed, new PollRecord("\"e1\"", "Tue, 02 Dec 2025 10:00:00 GMT",
                now.plusSeconds(60), 0, now, "200, 2 items"), List.of(item("b"), item("a"), item("b")));
        List<FeedItem> second = store.recordPoll(feed, new PollRecord("\"e2\"", null, now.plusSeconds(120), 0,
                now.plusSeconds(60), "200, 2 items"), List.of(item("b"), item("c")));

        assertThat(first).extracting(FeedItem::key).containsExactly("b", "a");
        assertThat(second).extracting(FeedItem::key).containsExactly("c");
        WatchedFeed stored = store.feed("https://example.org/rss").orElseThrow();
        assertThat(stored.etag()).isEqualTo("\"e2\"");
        assertThat(stored.lastModified()).isNull();
        assertThat(stored.nextPollAt()).isEqualTo(now.plusSeconds(120));
        assertThat(store.pendingItems(0)).as("in the order the feed gave them").extracting(p -> p.item().key())
                .containsExactly("b", "a", "c");
        assertThat(store.pendingItems(0).get(0).item().feedText()).isEqualTo("<p>text b</p>");
    }

    @Test
    void anItemBeingStoredKeepsItsHashAndOnceDoneLeavesThePendingOnes() {
        long feed = store.registerFeed("https://example.org/rss", 60_000, now).id();
        store.recordPoll(feed, new PollRecord(null, null, now, 0, now, "200"), List.of(item("a"), item("b")));

        store.beginStoring("a", "hash-a");
        assertThat(store.pendingItems(0).get(0).inputHash()).isEqualTo("hash-a");
        assertThat(store.doneWithInput("hash-a")).isFalse();
        store.finishItem("a", "page", "hash-a", now);

        assertThat(store.doneWithInput("hash-a")).isTrue();
        assertThat(store.pendingItems(0)).extracting(p -> p.item().key()).containsExactly("b");
        assertThat(store.countItems("done")).isEqualTo(1);
        assertThat(store.countItems("pending")).isEqualTo(1);
    }

    @Test
    void anAlertIsCreatedOnceAndSentOnce() {
        Watchlist w = store.addWatchlist(new Watchlist(0, "kandahar", null, "AF", "ASSAULT", 31.6, 65.7, 50.0, null,
                "https://hooks.example.org/x", "desk@example.org", now));

        assertThat(store.createAlert(w.id(), "article1", Alert.WEBHOOK, w.webhookUrl(), "{}", now)).isTrue();
        assertThat(store.createAlert(w.id(), "article1", Alert.WEBHOOK, w.webhookUrl(), "{}", now)).isFalse();
        assertThat(store.createAlert(w.id(), "article1", Alert.EMAIL, w.emailTo(), "{}", now)).isTrue();
        List<Alert> due = store.dueAlerts(now, 10);
        assertThat(due).hasSize(2);

        store.alertSent(due.get(0).id(), now);
        store.alertFailed(due.get(1).id(), "HTTP 500", now.plus(Duration.ofMinutes(1)), now);

        assertThat(store.dueAlerts(now, 10)).isEmpty();
        assertThat(store.nextAlertDue()).contains(now.plus(Duration.ofMinutes(1)));
        assertThat(store.dueAlerts(now.plus(Duration.ofMinutes(2)), 10)).singleElement()
                .satisfies(a -> assertThat(a.attempts()).isEqualTo(1));
        store.alertFailed(due.get(1).id(), "HTTP 500", null, now);
        assertThat(store.dueAlerts(now.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(store.countAlerts(true)).isEqualTo(1);
        assertThat(store.countAlerts(false)).isEqualTo(1);
    }

    @Test
    void watchlistsHaveUniqueNamesAndRemovingOneRemovesItsAlerts() {
        Watchlist w = store.addWatchlist(new Watchlist(0, "protests", null, null, "PROTEST", null, null, null, "march",
                "https://hooks.example.org/p", null, now));
        store.createAlert(w.id(), "article1", Alert.WEBHOOK, w.webhookUrl(), "{}", now);

        assertThatThrownBy(() -> store.addWatchlist(w)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a watchlist named 'protests' exists already");
        assertThat(store.watchlists()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("march");
            assertThat(s.lat()).isNull();
            assertThat(s.createdAt()).isEqualTo(now);
        });
        assertThat(store.removeWatchlist("protests")).isTrue();
        assertThat(store.removeWatchlist("protests")).isFalse();
        assertThat(store.dueAlerts(now, 10)).isEmpty();
    }
}
