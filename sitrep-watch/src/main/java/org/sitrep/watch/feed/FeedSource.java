package org.sitrep.watch.feed;

import java.time.Duration;

/**
 * One feed to watch, as the feed list names it.
 *
 * @param url      the feed's URL
 * @param interval its own polling interval, or null for the watcher's
 */
public record FeedSource(String url, Duration interval) {
}
