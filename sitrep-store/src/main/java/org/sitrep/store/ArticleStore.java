package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Article;

/**
 * Where articles are kept between runs, with the inputs they were read from.
 * Implementations are safe to share between threads.
 */
public interface ArticleStore extends AutoCloseable {

    /**
     * Stores one input and the articles read from it in one transaction: either all of it is
     * stored or, when this throws, none of it. Saving what is already stored changes nothing;
     * an article stored before with fewer stages is replaced by this fuller reading, with its
     * entities, events and claims.
     *
     * @param stages the pipeline stages that produced the articles
     * @throws StoreException when the database refuses; nothing of this input is then written
     */
    SaveResult save(RawInput input, Set<String> stages, List<Article> articles);

    /** The input with these bytes (by content hash), without its bytes. */
    Optional<StoredInput> findInput(String contentHash);

    /** The raw bytes of the input with this content hash, as they were read. */
    Optional<byte[]> rawInput(String contentHash);

    Optional<StoredArticle> find(String articleId);

    List<StoredArticle> list(ArticleQuery query);

    /** The same listing as {@link #list}, without each article's JSON: what a table or an API page shows. */
    List<ArticleSummary> summaries(ArticleQuery query);

    /** How many articles match, ignoring the query's limit and offset. */
    long count(ArticleQuery query);

    /**
     * How many writes (stored inputs, linked articles) this store object has ended since it opened: while the count
     * stays the same, what it reads stays the same, unless another process writes to the same database.
     */
    long writesEnded();

    /** How many inputs are stored. */
    long countInputs();

    /** The stored articles' events that match, with their articles, newest first. */
    List<StoredEvent> events(EventQuery query);

    /** How many events match, ignoring the query's limit and offset. */
    long countEvents(EventQuery query);

    /** The stored events that match both the query and the filter (who, what words, where), newest first. */
    List<StoredEvent> events(EventQuery query, EventFilter filter);

    /** How many events match both, ignoring the query's limit and offset. */
    long countEvents(EventQuery query, EventFilter filter);

    /** The stored articles' claims that match, with their articles, newest first. */
    List<StoredClaim> claims(ClaimQuery query);

    /** How many claims match, ignoring the query's limit and offset. */
    long countClaims(ClaimQuery query);

    /** What the store knows across articles (linked entities, events, stories, claim series), on the same database. */
    LinkStore links();

    @Override
    void close();
}
