package org.sitrep.store.watch;

import java.time.Instant;

/**
 * What one poll of a feed leaves for the next: written together with the poll's new items.
 *
 * @param etag         the ETag to send next time (kept from before on a 304 or an error), or null
 * @param lastModified the Last-Modified to send next time, or null
 * @param nextPollAt   when the feed is next due
 * @param failures     failed polls in a row after this one
 * @param polledAt     when it was polled
 * @param outcome      one line saying how the poll went
 */
public record PollRecord(String etag, String lastModified, Instant nextPollAt, int failures, Instant polledAt,
                         String outcome) {
}
