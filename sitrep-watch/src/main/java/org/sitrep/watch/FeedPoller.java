package org.sitrep.watch;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.watch.FeedItem;
import org.sitrep.store.watch.PollRecord;
import org.sitrep.store.watch.WatchStore;
import org.sitrep.store.watch.WatchedFeed;
import org.sitrep.watch.feed.FeedParser;
import org.sitrep.watch.fetch.FetchException;
import org.sitrep.watch.fetch.FetchResponse;
import org.sitrep.watch.fetch.HostPacer;
import org.sitrep.watch.fetch.RetryAfter;
import org.sitrep.watch.fetch.SafeFetcher;

/**
 * Polls one feed with a conditional GET and records the outcome with the feed's new items in one transaction:
 * 304 keeps everything, 200 records the new ETag/Last-Modified and items, 429/503 and errors back off (never
 * sooner than a Retry-After asks).
 */
final class FeedPoller {

    private final WatchStore watch;
    private final SafeFetcher fetcher;
    private final HostPacer pacer;
    private final WatchSettings settings;
    private final WatchTally tally;
    private final PrintWriter err;

    FeedPoller(WatchStore watch, SafeFetcher fetcher, HostPacer pacer, WatchSettings settings, WatchTally tally,
               PrintWriter err) {
        this.watch = watch;
        this.fetcher = fetcher;
        this.pacer = pacer;
        this.settings = settings;
        this.tally = tally;
        this.err = err;
    }

    void poll(WatchedFeed feed) throws InterruptedException {
        URI uri = URI.create(feed.url());
        Duration interval = Duration.ofMillis(feed.intervalMs());
        Map<String, String> headers = new LinkedHashMap<>();
        if (feed.etag() != null) {
            headers.put("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null) {
            headers.put("If-Modified-Since", feed.lastModified());
        }
        pacer.await(uri.getHost());
        Instant now = Instant.now();
        tally.polls++;
        FetchResponse response;
        try {
            response = fetcher.get(uri, headers, settings.maxFeedBytes());
        } catch (FetchException e) {
            fail(feed, now, e.getMessage(), null);
            return;
        }
        int status = response.status();
        if (status == 304) {
            tally.notModified++;
            watch.recordPoll(feed.id(), new PollRecord(feed.etag(), feed.lastModified(), now.plus(interval), 0, now,
                    "304 not modified"), List.of());
            return;
        }
        if (status == 429 || status == 503) {
            Duration retryAfter = RetryAfter.parse(response.header("retry-after"), now).orElse(null);
            fail(feed, now, "HTTP " + status + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toMillis() + " ms)"),
                    retryAfter);
            return;
        }
        if (!response.ok()) {
            fail(feed, now, "HTTP " + status, null);
            return;
        }
        List<FeedItem> items;
        try {
            items = FeedParser.items(response.body(), response.uri());
        } catch (FeedParser.BadFeedException e) {
            fail(feed, now, e.getMessage(), null);
            return;
        }
        List<FeedItem> fresh = watch.recordPoll(feed.id(), new PollRecord(response.header("etag"),
                response.header("last-modified"), now.plus(interval), 0, now,
                "200, " + items.size() + " items"), items);
        tally.itemsNew += fresh.size();
    }

    private void fail(WatchedFeed feed, Instant now, String reason, Duration retryAfter) {
        tally.pollFailures++;
        int failures = feed.failures() + 1;
        Duration wait = Backoff.afterFailure(Duration.ofMillis(feed.intervalMs()), failures, settings.maxBackoff(), retryAfter);
        Instant next = Instant.now().plus(wait); // from the answer, as Retry-After counts
        watch.recordPoll(feed.id(), new PollRecord(feed.etag(), feed.lastModified(), next, failures, now, reason), List.of());
        err.println("sitrep watch: " + feed.url() + ": " + reason + "; failed " + failures + " time"
                + (failures == 1 ? "" : "s") + " in a row, next poll at " + next);
        err.flush();
    }
}
