package org.sitrep.store.watch;

/**
 * One item of a feed as the feed tells it.
 *
 * @param key       the item's identity (SHA-256 hex of its normalised link, else its guid, else its text)
 * @param url       its link, or null
 * @param title     its title, or null
 * @param published its date (ISO-8601), or null
 * @param feedText  its own text from the feed (HTML), stored when its page cannot be, or null
 */
public record FeedItem(String key, String url, String title, String published, String feedText) {
}
