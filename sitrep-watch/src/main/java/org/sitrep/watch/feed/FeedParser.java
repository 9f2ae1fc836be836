package org.sitrep.watch.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.sitrep.store.watch.FeedItem;
import org.xml.sax.InputSource;

/** Reads an RSS or Atom feed's items (ROME), links resolved against the feed's URL. */
public final class FeedParser {

    /** A feed that cannot be read: the message says why in one line. */
    public static final class BadFeedException extends Exception {
        public BadFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The most items read from one answer (a feed is a window on the newest items, not an archive). */
    static final int MAX_ITEMS = 1000;
    /** The most of an item's own text kept, for storing when its page fails. */
    static final int MAX_ITEM_TEXT = 256 * 1024;

    private FeedParser() {
    }

    /** The feed's items, in the feed's order. */
    public static List<FeedItem> items(byte[] xml, URI feedUrl) throws BadFeedException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from untrusted feeds
            feed = input.build(new InputSource(new ByteArrayInputStream(xml)));
        } catch (FeedException | RuntimeException e) { // ROME throws unchecked exceptions on some malformed feeds
            throw new BadFeedException("not a readable RSS or Atom feed: " + oneLine(e.getMessage()), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() == MAX_ITEMS) {
                break;
            }
            String link = resolve(feedUrl, entry.getLink());
            String text = text(entry);
            String title = entry.getTitle() == null ? null : entry.getTitle().strip();
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(ItemKeys.key(link, entry.getUri(), title, text), link, title,
                    date == null ? null : date.toInstant().toString(), text.isBlank() ? null : text));
        }
        return items;
    }

    private static String text(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue()).append('\n');
            }
        }
        if (html.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return html.length() > MAX_ITEM_TEXT ? html.substring(0, MAX_ITEM_TEXT) : html.toString();
    }

    private static String resolve(URI feedUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return feedUrl.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }
}
