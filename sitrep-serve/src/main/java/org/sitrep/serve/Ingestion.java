package org.sitrep.serve;

import java.util.List;

/**
 * Reads one uploaded or fetched input through the pipeline into the store: what {@code sitrep ingest} does for a
 * file. The command line supplies it (the server knows no pipeline); calls may come from several threads.
 */
public interface Ingestion {

    /**
     * @param name  the input's name, as its {@code source.path}
     * @param bytes the input, as uploaded or fetched
     * @param url   the URL it was fetched from, or null
     * @param format auto, text, html, rss or jsonl
     * @return what was stored
     * @throws ApiError (422) when the input cannot be read or stored, with the reason in the user's terms
     */
    Report ingest(String name, byte[] bytes, String url, String format);

    /**
     * What one ingest stored.
     *
     * @param inputNew   whether the input was new (false: these bytes were stored before)
     * @param articleIds the ids of the articles read from it, in its order
     */
    record Report(String name, boolean inputNew, List<String> articleIds) {
        public Report {
            articleIds = List.copyOf(articleIds);
        }
    }
}
