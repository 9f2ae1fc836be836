package org.sitrep.watch;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.watch.PendingItem;
import org.sitrep.store.watch.WatchStore;
import org.sitrep.store.watch.WatchedFeed;
import org.sitrep.watch.alert.AlertDispatcher;
import org.sitrep.watch.alert.AlertRecorder;
import org.sitrep.watch.feed.FeedSource;
import org.sitrep.watch.fetch.HostPacer;
import org.sitrep.watch.fetch.Robots;
import org.sitrep.watch.fetch.SafeFetcher;

/**
 * The watch loop: polls each feed when it is due, stores its new items, sends the alerts they raise, and sleeps
 * until the next feed or alert is due. Everything it must not forget is in the store the moment it happens, so it
 * may be stopped at any point (kill -9 included) and started again: it first finishes the items a stopped run left
 * pending.
 */
public final class Watcher {

    /** The longest sleep between looks at the schedule, so a feed added by another process is noticed. */
    private static final Duration MAX_SLEEP = Duration.ofSeconds(30);

    private final WatchStore watch;
    private final WatchSettings settings;
    private final FeedPoller poller;
    private final ItemProcessor items;
    private final AlertDispatcher dispatcher;
    private final WatchTally tally = new WatchTally();
    private final PrintWriter err;

    public Watcher(WatchStore watch, ArticleStore articles, ItemSink sink, SafeFetcher fetcher, HostPacer pacer,
                   AlertDispatcher dispatcher, WatchSettings settings, PrintWriter err) {
        this.watch = watch;
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.err = err;
        this.poller = new FeedPoller(watch, fetcher, pacer, settings, tally, err);
        this.items = new ItemProcessor(watch, articles, sink, fetcher, pacer, new Robots(fetcher, pacer),
                new AlertRecorder(articles, watch), settings, tally, err);
    }

    public WatchTally tally() {
        return tally;
    }

    /** Watches these feeds until stopped (--once: one poll each; --stop-after: that long); returns the tally. */
    public WatchTally run(List<FeedSource> sources) throws InterruptedException {
        Instant start = Instant.now();
        Instant stopAt = settings.stopAfter() == null ? null : start.plus(settings.stopAfter());
        List<String> urls = new ArrayList<>();
        for (FeedSource source : sources) {
            Duration interval = source.interval() != null ? source.interval() : settings.interval();
            urls.add(watch.registerFeed(source.url(), interval.toMillis(), start).url());
        }
        finishPending();
        dispatch();
        Set<String> polled = new HashSet<>();
        while (!Thread.currentThread().isInterrupted()) {
            for (String url : urls) {
                WatchedFeed feed = watch.feed(url).orElseThrow();
                Instant now = Instant.now();
                boolean due = !feed.nextPollAt().isAfter(now);
                if (settings.once()) {
                    // once: a feed is polled now whatever its interval (cron keeps the time), unless it is backing off
                    due = !polled.contains(url) && (due || feed.failures() == 0);
                    if (!due && !polled.contains(url)) {
                        err.println("sitrep watch: " + url + ": backing off after " + feed.failures()
                                + " failed polls, next poll at " + feed.nextPollAt());
                    }
                    polled.add(url);
                }
                if (due) {
                    poller.poll(feed);
                    finishPending();
                    dispatch();
                }
                if (stopAt != null && !Instant.now().isBefore(stopAt)) {
                    return finish(urls);
                }
            }
            dispatch();
            if (settings.once() || (stopAt != null && !Instant.now().isBefore(stopAt))) {
                return finish(urls);
            }
            sleepUntilDue(urls, stopAt);
        }
        return finish(urls);
    }

    private WatchTally finish(List<String> urls) {
        tally.feedsFailing = (int) urls.stream().filter(url -> watch.feed(url).orElseThrow().failures() > 0).count();
        return tally;
    }

    private void finishPending() throws InterruptedException {
        List<PendingItem> pending;
        while (!(pending = watch.pendingItems(100)).isEmpty()) {
            for (PendingItem item : pending) {
                items.process(item);
            }
        }
    }

    private void dispatch() {
        AlertDispatcher.Outcome outcome = dispatcher.dispatchDue();
        tally.alertsSent += outcome.sent();
        tally.alertsFailed += outcome.failed();
        tally.alertsGivenUp += outcome.gaveUp();
    }

    private void sleepUntilDue(List<String> urls, Instant stopAt) throws InterruptedException {
        Instant next = Instant.now().plus(MAX_SLEEP);
        for (String url : urls) {
            Instant due = watch.feed(url).orElseThrow().nextPollAt();
            next = due.isBefore(next) ? due : next;
        }
        Instant alert = watch.nextAlertDue().orElse(null);
        next = alert != null && alert.isBefore(next) ? alert : next;
        next = stopAt != null && stopAt.isBefore(next) ? stopAt : next;
        long ms = Duration.between(Instant.now(), next).toMillis();
        Thread.sleep(Math.max(5, ms));
    }
}
