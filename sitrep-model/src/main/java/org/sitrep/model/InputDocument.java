package org.sitrep.model;

import java.time.Instant;
import java.util.List;

/**
 * One decoded input document, as a reader produced it: the text all offsets point into,
 * and what the container said about it.
 *
 * @param path        the input's path as given on the command line (or a WARC record's locator)
 * @param format      text, html, rss, warc or jsonl: what the reader took it for
 * @param contentType text or html: what {@code text} holds
 * @param title       a title the container gave (feed item title), or null
 * @param published   a publication time the container gave (feed item date, JSON Lines field), or null
 * @param retrievedAt when it was fetched (WARC-Date, option), or null
 * @param byline      the author the container named (a feed item's {@code dc:creator} or {@code author}), or null
 * @param fileOffsets where {@code text}'s characters stand in the file it was cut out of (a feed item's content in
 *                    the feed), or null when the text is the file's own or could not be aligned with it
 */
public record InputDocument(String path, String url, String format, String contentType, String text,
                            String title, String published, Instant retrievedAt, String byline,
                            List<FileRun> fileOffsets) {

    /** A document that is its own file, or whose place in its file is not known. */
    public InputDocument(String path, String url, String format, String contentType, String text,
                         String title, String published, Instant retrievedAt, String byline) {
        this(path, url, format, contentType, text, title, published, retrievedAt, byline, null);
    }

    /** A document whose container names no author. */
    public InputDocument(String path, String url, String format, String contentType, String text,
                         String title, String published, Instant retrievedAt) {
        this(path, url, format, contentType, text, title, published, retrievedAt, null);
    }

    public boolean isHtml() {
        return "html".equals(contentType);
    }
}
