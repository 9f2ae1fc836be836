package org.sitrep.store.search;

import java.util.List;
import org.sitrep.model.Article;

/**
 * A full-text index of stored articles: their title and body, searched in the user's words, each hit with a
 * snippet showing where the words are. The store is the record; an index is a view of it, kept in step on every
 * ingest and rebuilt from the store when lost. Implementations are safe to share between threads.
 */
public interface ArticleIndex extends AutoCloseable {

    /** Indexes these articles, each replacing any earlier reading with its id (never a second copy), and commits. */
    void put(List<Article> articles);

    /** Empties the index (before a rebuild), and commits. */
    void clear();

    /** How many articles are indexed. */
    long size();

    /**
     * The best matches for a query, best first.
     *
     * @param query words, "quoted phrases", AND / OR / NOT, parentheses, {@code title:WORD} or {@code body:WORD}
     * @param limit at most this many hits
     * @throws QuerySyntaxException when the query cannot be read; its message says why in the user's terms
     */
    SearchResults search(String query, int limit) throws QuerySyntaxException;

    @Override
    void close();
}
