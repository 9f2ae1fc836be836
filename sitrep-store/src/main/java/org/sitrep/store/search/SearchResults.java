package org.sitrep.store.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param total how many articles match in all
 * @param hits  the best of them, best first
 */
public record SearchResults(long total, List<Hit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** One matching article, with where the query's words are in it. */
    public record Hit(String articleId, String title, String published, String sourcePath, String url, float score,
            Snippet snippet) {
    }

    /**
     * Passages of the article's body (or its title, where only the title matches) around the query's words, with
     * the matched words' ranges in {@link #text()}. The text is the article's, untrusted: escape it where shown.
     */
    public record Snippet(String text, List<Range> highlights) {
        public Snippet {
            highlights = List.copyOf(highlights);
        }

        /** The highlighted parts, in order. */
        public List<String> highlighted() {
            return highlights.stream().map(r -> text.substring(r.start(), r.end())).toList();
        }
    }

    /** A range of characters, end exclusive. */
    public record Range(int start, int end) {
    }
}
