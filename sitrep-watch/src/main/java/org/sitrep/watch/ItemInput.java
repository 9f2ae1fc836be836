package org.sitrep.watch;

import java.time.Instant;

/**
 * One fetched item, handed to the ingest path as if it were a file given to {@code sitrep ingest}.
 *
 * @param path        what the input is called in the store and in messages: the page's URL
 * @param url         the page's URL
 * @param format      html (a page, or the feed's own text of the item) or text
 * @param published   the item's date from the feed (ISO-8601), used when the page gives none; or null
 * @param retrievedAt when it was fetched
 * @param bytes       the page's bytes as they came
 */
public record ItemInput(String path, String url, String format, String published, Instant retrievedAt, byte[] bytes) {
}
