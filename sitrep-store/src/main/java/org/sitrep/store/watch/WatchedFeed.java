package org.sitrep.store.watch;

import java.time.Instant;

/**
 * A feed the watcher polls, with what its next conditional GET sends and when it is due.
 *
 * @param id           the store's id
 * @param url          the feed's URL
 * @param intervalMs   the normal time between polls
 * @param etag         the last full answer's ETag (sent as If-None-Match), or null
 * @param lastModified the last full answer's Last-Modified (sent as If-Modified-Since), or null
 * @param nextPollAt   when it is next due
 * @param failures     failed polls in a row, the exponent of its backoff
 * @param lastPolledAt when it was last polled, or null
 * @param lastOutcome  one line on the last poll, or null
 */
public record WatchedFeed(long id, String url, long intervalMs, String etag, String lastModified, Instant nextPollAt,
                          int failures, Instant lastPolledAt, String lastOutcome) {
}
