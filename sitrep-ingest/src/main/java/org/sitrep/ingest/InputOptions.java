package org.sitrep.ingest;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * What the user told us about an input, beyond its bytes.
 *
 * @param path        the input's path as given on the command line ("-" for standard input)
 * @param format      auto, text, html, rss, warc or jsonl
 * @param url         the page's URL, when known
 * @param published   a publication date to use when the input lacks one (--published)
 * @param retrievedAt when the input was fetched (--retrieved-at), the anchor for "2 hours ago"
 * @param warnings    where a reader says what it read but doubts (a few bytes that are not UTF-8), one line
 *                    each, without the input's name; null: nowhere
 */
public record InputOptions(String path, String format, String url, String published, Instant retrievedAt,
                           Consumer<String> warnings) {
    public InputOptions {
        format = format == null ? "auto" : format;
    }

    public InputOptions(String path, String format, String url, String published, Instant retrievedAt) {
        this(path, format, url, published, retrievedAt, null);
    }

    public InputOptions withPath(String newPath) {
        return new InputOptions(newPath, format, url, published, retrievedAt, warnings);
    }

    public InputOptions withWarnings(Consumer<String> sink) {
        return new InputOptions(path, format, url, published, retrievedAt, sink);
    }

    /** Passes one warning about this input on, when someone listens. */
    public void warn(String warning) {
        if (warnings != null) {
            warnings.accept(warning);
        }
    }
}
