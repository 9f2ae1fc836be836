package org.sitrep.store.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;

/**
 * The watch state on the same database as the articles (H2 or PostgreSQL), on a connection of its own. Like
 * {@link JdbiArticleStore} it holds one connection and its methods take turns on it.
 */
public final class JdbiWatchStore implements WatchStore {

    private static final String FEED_COLUMNS = "id, url, interval_ms, etag, last_modified, next_poll_at, failures,"
            + " last_polled_at, last_outcome FROM watch_feeds";
    private static final String ITEM_COLUMNS = "item_key, feed_id, url, title, published, feed_text, input_hash FROM watch_items";
    private static final String WATCHLIST_COLUMNS = "id, name, actor, country, event_type, place_lat, place_lon, radius_km,"
            + " text_query, webhook_url, email_to, created_at FROM watchlists";

    private final String url;
    private final Handle handle;

    private JdbiWatchStore(String url, Handle handle) {
        this.url = url;
        this.handle = handle;
    }

    /**
     * Opens the watch state of the database at this JDBC URL, creating or migrating the schema first (through the
     * article store, which owns the migrations).
     *
     * @throws StoreException naming the (password-free) URL and the reason, in one line
     */
    public static JdbiWatchStore open(String givenUrl) {
        JdbiArticleStore.open(givenUrl).close();
        String url = StoreUrls.opened(givenUrl);
        try {
            return new JdbiWatchStore(givenUrl, Jdbi.create(url).open());
        } catch (JdbiException e) {
            throw new StoreException("cannot open database " + StoreUrls.redact(givenUrl), reason(e), e);
        }
    }

    @Override
    public synchronized WatchedFeed registerFeed(String feedUrl, long intervalMs, Instant now) {
        return run("register feed " + feedUrl, () -> handle.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE watch_feeds SET interval_ms = :interval WHERE url = :url")
                    .bind("interval", intervalMs).bind("url", feedUrl).execute();
            if (changed == 0) {
                h.createUpdate("INSERT INTO watch_feeds (url, interval_ms, next_poll_at, failures) VALUES (:url, :interval,"
                                + " :now, 0)")
                        .bind("url", feedUrl).bind("interval", intervalMs).bind("now", utc(now)).execute();
            }
            return h.createQuery("SELECT " + FEED_COLUMNS + " WHERE url = :url").bind("url", feedUrl)
                    .map((rs, ctx) -> feed(rs)).one();
        }));
    }

    @Override
    public synchronized Optional<WatchedFeed> feed(String feedUrl) {
        return run("read feed " + feedUrl, () -> handle.createQuery("SELECT " + FEED_COLUMNS + " WHERE url = :url")
                .bind("url", feedUrl).map((rs, ctx) -> feed(rs)).findOne());
    }

    @Override
    public synchronized List<WatchedFeed> feeds() {
        return run("list feeds", () -> handle.createQuery("SELECT " + FEED_COLUMNS + " ORDER BY id")
                .map((rs, ctx) -> feed(rs)).list());
    }

    @Override
    public synchronized List<FeedItem> recordPoll(long feedId, PollRecord poll, List<FeedItem> items) {
        return run("record a poll", () -> handle.inTransaction(h -> {
            List<FeedItem> fresh = new ArrayList<>();
            int position = -1;
            for (FeedItem item : items) {
                position++;
                boolean seen = h.createQuery("SELECT COUNT(*) FROM watch_items WHERE item_key = :key")
                        .bind("key", item.key()).mapTo(Long.class).one() > 0;
                if (seen || fresh.stream().anyMatch(f -> f.key().equals(item.key()))) {
                    continue;
                }
                h.createUpdate("INSERT INTO watch_items (item_key, feed_id, url, title, published, feed_text, state, seen_at,"
                                + " feed_position) VALUES (:key, :feed, :url, :title, :published, :text, 'pending', :now, :position)")
                        .bind("key", item.key()).bind("feed", feedId).bind("url", clip(item.url(), 2048))
                        .bind("title", item.title()).bind("published", clip(item.published(), 64))
                        .bind("text", item.feedText()).bind("now", utc(poll.polledAt())).bind("position", position)
                        .execute();
                fresh.add(item);
            }
            h.createUpdate("UPDATE watch_feeds SET etag = :etag, last_modified = :lastModified, next_poll_at = :next,"
                            + " failures = :failures, last_polled_at = :polled, last_outcome = :outcome WHERE id = :id")
                    .bind("etag", clip(poll.etag(), 1024)).bind("lastModified", clip(poll.lastModified(), 128))
                    .bind("next", utc(poll.nextPollAt())).bind("failures", poll.failures())
                    .bind("polled", utc(poll.polledAt())).bind("outcome", clip(poll.outcome(), 400)).bind("id", feedId)
                    .execute();
            return fresh;
        }));
    }

    @Override
    public synchronized List<PendingItem> pendingItems(int limit) {
        return run("list pending items", () -> handle.createQuery("SELECT " + ITEM_COLUMNS
                        + " WHERE state = 'pending' ORDER BY seen_at, feed_id, feed_position" + (limit > 0 ? " LIMIT " + limit : ""))
                .map((rs, ctx) -> new PendingItem(rs.getLong("feed_id"), new FeedItem(rs.getString("item_key"),
                        rs.getString("url"), rs.getString("title"), rs.getString("published"), rs.getString("feed_text")),
                        rs.getString("input_hash")))
                .list());
    }

    @Override
    public synchronized void beginStoring(String itemKey, String inputHash) {
        run("note an item's input", () -> handle.createUpdate("UPDATE watch_items SET input_hash = :hash WHERE item_key = :key")
                .bind("hash", inputHash).bind("key", itemKey).execute());
    }

    @Override
    public synchronized boolean doneWithInput(String inputHash) {
        return run("look up an input", () -> handle.createQuery("SELECT COUNT(*) FROM watch_items WHERE input_hash = :hash"
                        + " AND state = 'done'")
                .bind("hash", inputHash).mapTo(Long.class).one() > 0);
    }

    @Override
    public synchronized void finishItem(String itemKey, String outcome, String inputHash, Instant now) {
        run("finish an item", () -> handle.createUpdate("UPDATE watch_items SET state = 'done', outcome = :outcome,"
                        + " input_hash = :hash, done_at = :now WHERE item_key = :key")
                .bind("outcome", clip(outcome, 32)).bind("hash", inputHash).bind("now", utc(now)).bind("key", itemKey)
                .execute());
    }

    @Override
    public synchronized long countItems(String state) {
        return run("count items", () -> handle.createQuery("SELECT COUNT(*) FROM watch_items WHERE state = :state")
                .bind("state", state).mapTo(Long.class).one());
    }

    @Override
    public synchronized Watchlist addWatchlist(Watchlist w) {
        return run("save watchlist " + w.name(), () -> handle.inTransaction(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM watchlists WHERE name = :name").bind("name", w.name())
                    .mapTo(Long.class).one() > 0;
            if (exists) {
                throw new IllegalArgumentException("a watchlist named '" + w.name() + "' exists already");
            }
            h.createUpdate("INSERT INTO watchlists (name, actor, country, event_type, place_lat, place_lon, radius_km,"
                            + " text_query, webhook_url, email_to, created_at) VALUES (:name, :actor, :country, :type, :lat,"
                            + " :lon, :radius, :text, :webhook, :email, :created)")
                    .bind("name", w.name()).bind("actor", w.actor()).bind("country", w.country())
                    .bind("type", w.eventType()).bind("lat", w.lat()).bind("lon", w.lon()).bind("radius", w.radiusKm())
                    .bind("text", w.text()).bind("webhook", w.webhookUrl()).bind("email", w.emailTo())
                    .bind("created", utc(w.createdAt())).execute();
            return h.createQuery("SELECT " + WATCHLIST_COLUMNS + " WHERE name = :name").bind("name", w.name())
                    .map((rs, ctx) -> watchlist(rs)).one();
        }));
    }

    @Override
    public synchronized List<Watchlist> watchlists() {
        return run("list watchlists", () -> handle.createQuery("SELECT " + WATCHLIST_COLUMNS + " ORDER BY name")
                .map((rs, ctx) -> watchlist(rs)).list());
    }

    @Override
    public synchronized boolean removeWatchlist(String name) {
        return run("remove watchlist " + name, () -> handle.inTransaction(h -> {
            h.createUpdate("DELETE FROM alerts WHERE watchlist_id IN (SELECT id FROM watchlists WHERE name = :name)")
                    .bind("name", name).execute();
            return h.createUpdate("DELETE FROM watchlists WHERE name = :name").bind("name", name).execute() > 0;
        }));
    }

    @Override
    public synchronized boolean createAlert(long watchlistId, String articleId, String channel, String target,
                                            String payload, Instant now) {
        return run("create an alert", () -> handle.inTransaction(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM alerts WHERE watchlist_id = :w AND article_id = :a"
                            + " AND channel = :c")
                    .bind("w", watchlistId).bind("a", articleId).bind("c", channel).mapTo(Long.class).one() > 0;
            if (exists) {
                return false;
            }
            h.createUpdate("INSERT INTO alerts (watchlist_id, article_id, channel, target, payload, created_at, attempts,"
                            + " next_attempt_at) VALUES (:w, :a, :c, :target, :payload, :now, 0, :now)")
                    .bind("w", watchlistId).bind("a", articleId).bind("c", channel).bind("target", clip(target, 2048))
                    .bind("payload", payload).bind("now", utc(now)).execute();
            return true;
        }));
    }

    @Override
    public synchronized List<Alert> dueAlerts(Instant now, int limit) {
        return run("list due alerts", () -> handle.createQuery("SELECT a.id, w.name, a.article_id, a.channel, a.target,"
                        + " a.payload, a.attempts FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id"
                        + " WHERE a.sent_at IS NULL AND a.gave_up_at IS NULL AND a.next_attempt_at <= :now"
                        + " ORDER BY a.next_attempt_at, a.id LIMIT " + Math.max(1, limit))
                .bind("now", utc(now))
                .map((rs, ctx) -> new Alert(rs.getLong("id"), rs.getString("name"), rs.getString("article_id"),
                        rs.getString("channel"), rs.getString("target"), rs.getString("payload"), rs.getInt("attempts")))
                .list());
    }

    @Override
    public synchronized Optional<Instant> nextAlertDue() {
        return run("look up the next alert", () -> handle.createQuery("SELECT MIN(next_attempt_at) FROM alerts"
                        + " WHERE sent_at IS NULL AND gave_up_at IS NULL")
                .map((rs, ctx) -> instant(rs, 1)).findOne().flatMap(Optional::ofNullable));
    }

    @Override
    public synchronized void alertSent(long alertId, Instant now) {
        run("note an alert sent", () -> handle.createUpdate("UPDATE alerts SET sent_at = :now, attempts = attempts + 1,"
                + " last_error = NULL WHERE id = :id").bind("now", utc(now)).bind("id", alertId).execute());
    }

    @Override
    public synchronized void alertFailed(long alertId, String error, Instant retryAt, Instant now) {
        run("note an alert failed", () -> handle.createUpdate("UPDATE alerts SET attempts = attempts + 1, last_error = :error,"
                        + " next_attempt_at = :retry, gave_up_at = :gaveUp WHERE id = :id")
                .bind("error", clip(error, 400)).bind("retry", utc(retryAt == null ? now : retryAt))
                .bind("gaveUp", retryAt == null ? utc(now) : null).bind("id", alertId).execute());
    }

    @Override
    public synchronized long countAlerts(boolean sent) {
        return run("count alerts", () -> handle.createQuery("SELECT COUNT(*) FROM alerts WHERE "
                + (sent ? "sent_at IS NOT NULL" : "gave_up_at IS NOT NULL")).mapTo(Long.class).one());
    }

    @Override
    public synchronized void close() {
        handle.close();
    }

    private static WatchedFeed feed(ResultSet rs) throws SQLException {
        return new WatchedFeed(rs.getLong("id"), rs.getString("url"), rs.getLong("interval_ms"), rs.getString("etag"),
                rs.getString("last_modified"), instant(rs, "next_poll_at"), rs.getInt("failures"),
                instant(rs, "last_polled_at"), rs.getString("last_outcome"));
    }

    private static Watchlist watchlist(ResultSet rs) throws SQLException {
        return new Watchlist(rs.getLong("id"), rs.getString("name"), rs.getString("actor"), rs.getString("country"),
                rs.getString("event_type"), (Double) rs.getObject("place_lat", Double.class),
                (Double) rs.getObject("place_lon", Double.class), (Double) rs.getObject("radius_km", Double.class),
                rs.getString("text_query"), rs.getString("webhook_url"), rs.getString("email_to"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Runs one statement or transaction, turning the database's failure into one line naming what failed. */
    private <T> T run(String what, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot " + what + " in " + StoreUrls.redact(url), reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        String message = e.getClass().getSimpleName();
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        String line = StoreUrls.redact(message.replaceAll("\\s+", " ").strip());
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
