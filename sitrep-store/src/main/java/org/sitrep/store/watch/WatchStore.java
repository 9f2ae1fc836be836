package org.sitrep.store.watch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the feed watcher keeps between runs (feeds, their conditional-GET state and schedule, the items seen) and
 * the watchlists with their alerts. Each method is one transaction, so a process killed at any point leaves a
 * state the next run resumes from. Implementations are safe to share between threads.
 */
public interface WatchStore extends AutoCloseable {

    /** The feed at this URL, added (due now) when new; a new interval replaces the stored one. */
    WatchedFeed registerFeed(String url, long intervalMs, Instant now);

    Optional<WatchedFeed> feed(String url);

    List<WatchedFeed> feeds();

    /**
     * Records one poll: the feed's new state and, in the same transaction, each item not seen before as pending.
     *
     * @return the items that were new
     */
    List<FeedItem> recordPoll(long feedId, PollRecord poll, List<FeedItem> items);

    /** Pending items, oldest first, at most {@code limit} (0: all). */
    List<PendingItem> pendingItems(int limit);

    /** Notes that a run is about to store these bytes for a pending item, so a run after a crash can tell it did. */
    void beginStoring(String itemKey, String inputHash);

    /** Whether an item already done was stored from bytes with this content hash (the same content by another link). */
    boolean doneWithInput(String inputHash);

    /** Marks an item done: {@code outcome} is page, feed-text, duplicate or failed. */
    void finishItem(String itemKey, String outcome, String inputHash, Instant now);

    /** How many items are in each state, for the watcher's figures. */
    long countItems(String state);

    /** Saves a watchlist; a name already saved is refused with {@link IllegalArgumentException}. */
    Watchlist addWatchlist(Watchlist watchlist);

    List<Watchlist> watchlists();

    /** Removes the watchlist with this name and its alerts; false when there is none. */
    boolean removeWatchlist(String name);

    /** Creates the alert of this watchlist, article and channel unless it exists: true when created. */
    boolean createAlert(long watchlistId, String articleId, String channel, String target, String payload, Instant now);

    /** Alerts neither sent nor given up whose next attempt is due, oldest first, at most {@code limit}. */
    List<Alert> dueAlerts(Instant now, int limit);

    /** When the next unsent alert is due, if any is waiting. */
    Optional<Instant> nextAlertDue();

    void alertSent(long alertId, Instant now);

    /** Records a failed attempt: tried again at {@code retryAt}, or never when {@code retryAt} is null. */
    void alertFailed(long alertId, String error, Instant retryAt, Instant now);

    /** How many alerts were sent, and how many were given up. */
    long countAlerts(boolean sent);

    @Override
    void close();
}
