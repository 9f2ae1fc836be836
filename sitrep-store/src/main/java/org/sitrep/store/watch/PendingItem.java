package org.sitrep.store.watch;

/**
 * An item recorded but not yet stored: the work a watcher picks up, also after a crash.
 *
 * @param feedId    the feed it came from
 * @param item      the item
 * @param inputHash the content hash of the bytes a run began storing for it, or null when none began
 */
public record PendingItem(long feedId, FeedItem item, String inputHash) {
}
