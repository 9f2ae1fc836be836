package org.sitrep.ingest;

import java.time.Instant;

/**
 * What the user told us about an input, beyond its bytes.
 *
 * @param path        the input's path as given on the command line ("-" for standard input)
 * @param format      auto, text, html, rss, warc or jsonl
 * @param url         the page's URL, when known
 * @param published   a publication date to use when the input lacks one (--published)
 * @param retrievedAt when the input was fetched (--retrieved-at), the anchor for "2 hours ago"
 */
public record InputOptions(String path, String format, String url, String published, Instant retrievedAt) {
    public InputOptions {
        format = format == null ? "auto" : format;
    }

    public InputOptions withPath(String newPath) {
        return new InputOptions(newPath, format, url, published, retrievedAt);
    }
}
