package org.sitrep.watch;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoredInput;
import org.sitrep.store.watch.FeedItem;
import org.sitrep.store.watch.PendingItem;
import org.sitrep.store.watch.WatchStore;
import org.sitrep.watch.alert.AlertRecorder;
import org.sitrep.watch.feed.ItemKeys;
import org.sitrep.watch.fetch.FetchException;
import org.sitrep.watch.fetch.FetchResponse;
import org.sitrep.watch.fetch.HostPacer;
import org.sitrep.watch.fetch.Robots;
import org.sitrep.watch.fetch.SafeFetcher;

/**
 * Stores one pending item: its page where robots.txt allows and the page answers with a web page, else the feed's
 * own text of it; then raises the alerts its events match and marks it done. The content hash of the bytes is
 * noted before they are stored, so that a run after a crash between storing and marking finds them stored and
 * only finishes the job; bytes already stored for another item are a duplicate and stored nowhere again.
 */
final class ItemProcessor {

    private final WatchStore watch;
    private final ArticleStore articles;
    private final ItemSink sink;
    private final SafeFetcher fetcher;
    private final HostPacer pacer;
    private final Robots robots;
    private final AlertRecorder alerts;
    private final WatchSettings settings;
    private final WatchTally tally;
    private final PrintWriter err;

    ItemProcessor(WatchStore watch, ArticleStore articles, ItemSink sink, SafeFetcher fetcher, HostPacer pacer,
                  Robots robots, AlertRecorder alerts, WatchSettings settings, WatchTally tally, PrintWriter err) {
        this.watch = watch;
        this.articles = articles;
        this.sink = sink;
        this.fetcher = fetcher;
        this.pacer = pacer;
        this.robots = robots;
        this.alerts = alerts;
        this.settings = settings;
        this.tally = tally;
        this.err = err;
    }

    void process(PendingItem pending) throws InterruptedException {
        FeedItem item = pending.item();
        if (pending.inputHash() != null) {
            StoredInput stored = articles.findInput(pending.inputHash()).orElse(null);
            if (stored != null) { // stored by a run that stopped before marking it done
                tally.alertsCreated += alerts.record(stored.articleIds(), Instant.now());
                watch.finishItem(item.key(), "page", pending.inputHash(), Instant.now());
                tally.storedFromPage++;
                return;
            }
        }
        String pageFailure = null;
        if (item.url() != null) {
            try {
                ItemInput page = page(item);
                if (store(item, page, "page")) {
                    return;
                }
                pageFailure = "its page could not be read";
            } catch (FetchException e) {
                pageFailure = e.getMessage();
            } catch (ItemSink.NotStoredException e) {
                pageFailure = e.getMessage();
            }
        }
        if (item.feedText() != null) {
            try {
                if (store(item, feedText(item), "feed-text")) {
                    return;
                }
            } catch (ItemSink.NotStoredException e) {
                fail(item, (pageFailure == null ? "" : pageFailure + "; ") + "the feed's text: " + e.getMessage());
                return;
            }
        }
        fail(item, (pageFailure == null ? "no link" : pageFailure) + ", and the feed gives no text of it");
    }

    /** Stores one reading of the item; false when the bytes were already stored for another item (a duplicate). */
    private boolean store(FeedItem item, ItemInput input, String outcome) throws ItemSink.NotStoredException {
        String hash = ItemKeys.sha256(input.bytes());
        if (watch.doneWithInput(hash)) {
            watch.finishItem(item.key(), "duplicate", hash, Instant.now());
            tally.duplicates++;
            return true;
        }
        watch.beginStoring(item.key(), hash);
        sink.store(input);
        List<String> ids = articles.findInput(hash).map(StoredInput::articleIds).orElse(List.of());
        int raised = alerts.record(ids, Instant.now());
        tally.alertsCreated += raised;
        watch.finishItem(item.key(), outcome, hash, Instant.now());
        if (outcome.equals("page")) {
            tally.storedFromPage++;
        } else {
            tally.storedFromFeedText++;
        }
        err.println("sitrep watch: stored " + input.path() + (outcome.equals("page") ? "" : " (the feed's text)") + ": "
                + ids.size() + " article" + (ids.size() == 1 ? "" : "s") + (raised == 0 ? "" : ", " + raised + " alert"
                + (raised == 1 ? "" : "s")));
        err.flush();
        return true;
    }

    private ItemInput page(FeedItem item) throws FetchException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(item.url());
        } catch (IllegalArgumentException e) {
            throw new FetchException("its link is not a URL");
        }
        if (!robots.allows(uri)) {
            throw new FetchException("robots.txt of " + uri.getHost() + " disallows its page");
        }
        pacer.await(uri.getHost());
        Instant now = Instant.now();
        FetchResponse response = fetcher.get(uri, Map.of("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8"),
                settings.maxPageBytes());
        if (!response.ok()) {
            throw new FetchException("its page answered HTTP " + response.status());
        }
        String type = response.header("content-type") == null ? "" : response.header("content-type").toLowerCase(Locale.ROOT);
        String format;
        if (type.isEmpty() || type.contains("html") || type.contains("xml")) {
            format = "html";
        } else if (type.startsWith("text/plain")) {
            format = "text";
        } else {
            throw new FetchException("its page is not a web page (" + type.split(";")[0].strip() + ")");
        }
        if (response.body().length == 0) {
            throw new FetchException("its page is empty");
        }
        // the page's address as it answered, without tracking parameters or a fragment: the article's URL
        String url = ItemKeys.normalise(response.uri().toString());
        url = url == null ? response.uri().toString() : url;
        return new ItemInput(url, url, format, item.published(), now, response.body());
    }

    /** The feed's own text of the item as a small page: its title and its HTML, read by the same extractor. */
    private static ItemInput feedText(FeedItem item) {
        String title = item.title() == null ? "" : escape(item.title());
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1>\n" + item.feedText() + "\n</article></body></html>\n";
        String path = item.url() != null ? item.url() : "feed-item:" + item.key();
        return new ItemInput(path, item.url(), "html", item.published(), Instant.now(), html.getBytes(StandardCharsets.UTF_8));
    }

    private void fail(FeedItem item, String reason) {
        tally.itemsFailed++;
        watch.finishItem(item.key(), "failed", null, Instant.now());
        err.println("sitrep watch: " + (item.url() != null ? item.url() : "item " + item.key().substring(0, 12)) + ": " + reason);
        err.flush();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
