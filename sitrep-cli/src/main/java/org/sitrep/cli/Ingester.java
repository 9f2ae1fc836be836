package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.ingest.InputOptions;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Place;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.RawInput;
import org.sitrep.store.SaveResult;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredInput;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.SearchIndexException;

/**
 * Reads each input through the pipeline and stores it with its articles, one transaction per input,
 * counting what changed. An input already stored with at least these stages is not read again,
 * so re-running a batch that was cut short only does the inputs it had not reached. With a search index, each
 * input's articles are indexed as the store now holds them once the store has committed them, so the index
 * follows the store (a fuller reading replaces the article's entry); an index that falls behind (a crash between
 * the two) is brought back by {@code sitrep search --rebuild}.
 */
final class Ingester {

    /** What one ingest run did, for its summary line. */
    static final class Tally {
        int inputsNew;
        int inputsUnchanged;
        int articlesNew;
        int articlesUpdated;
        int articlesUnchanged;
        int articlesLinked;
        int articlesNotIndexed;
        String indexProblem;

        String summary(int failed) {
            return "inputs: " + inputsNew + " new, " + inputsUnchanged + " unchanged, " + failed + " failed; articles: "
                    + articlesNew + " new, " + articlesUpdated + " updated, " + articlesUnchanged + " unchanged; "
                    + articlesLinked + " linked across articles"
                    + (articlesNotIndexed == 0 ? "" : "; " + articlesNotIndexed + " stored but not indexed for search ("
                    + indexProblem + "; run sitrep search --rebuild)");
        }
    }

    /** An input the store refused; the message is the reason, the batch names the input. */
    static final class NotStoredException extends Exception {
        NotStoredException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final ArticlePipeline pipeline;
    private final Set<String> stages;
    private final ArticleStore store;
    private final Tally tally = new Tally();
    /** Where each source publishes, learned from its articles as the run reads them. */
    private final SourceHomes homes = new SourceHomes();
    /** Where the sources publish as the user gave it, or null. */
    private final Place home;
    /** The search index kept in step with the store, or null where the caller keeps none. */
    private final ArticleIndex index;

    Ingester(ArticlePipeline pipeline, Set<String> stages, ArticleStore store) {
        this(pipeline, stages, store, null);
    }

    Ingester(ArticlePipeline pipeline, Set<String> stages, ArticleStore store, Place home) {
        this(pipeline, stages, store, home, null);
    }

    Ingester(ArticlePipeline pipeline, Set<String> stages, ArticleStore store, Place home, ArticleIndex index) {
        this.pipeline = pipeline;
        this.stages = stages;
        this.store = store;
        this.home = home;
        this.index = index;
    }

    /**
     * Teaches the run where each source publishes from the newest articles already stored with a URL, so
     * that a source's home carries over from one ingest to the next ({@code limit} bounds the reading).
     */
    void learnHomesFromStore(int limit) {
        if (home != null || !stages.contains("geo")) {
            return;
        }
        for (StoredArticle stored : store.list(new ArticleQuery(null, null, null, null, null, limit, 0))) {
            String source = SourceHomes.sourceOf(stored.url());
            if (source != null && stored.stages().contains("geo")) {
                homes.learn(source, ArticleJson.fromJson(stored.json()));
            }
        }
    }

    Tally tally() {
        return tally;
    }

    /**
     * Stores one input read by the batch; throws (for the batch to report) when the store refuses it.
     * An archive streamed record by record ({@code raw} null) is stored record by record: each
     * record's text is an input of its own, as an archive may be far larger than a database row
     * should be; the records stored stay stored when another fails.
     */
    void ingest(byte[] raw, List<InputDocument> documents, InputOptions options) throws NotStoredException {
        if (raw != null) {
            String format = documents.isEmpty() ? options.format() : documents.get(0).format();
            ingest(new RawInput(options.path(), format, options.url(), options.published(), options.retrievedAt(), raw),
                    documents);
            return;
        }
        int failed = 0;
        String firstReason = null;
        Throwable firstCause = null;
        for (InputDocument record : documents) {
            RawInput input = new RawInput(record.path(), record.contentType() == null ? "text" : record.contentType(),
                    record.url() != null ? record.url() : options.url(), options.published(),
                    record.retrievedAt() != null ? record.retrievedAt() : options.retrievedAt(),
                    record.text().getBytes(StandardCharsets.UTF_8));
            try {
                ingest(input, List.of(record));
            } catch (NotStoredException | RuntimeException | StackOverflowError e) {
                failed++;
                if (firstReason == null) {
                    firstReason = record.path() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage().replaceFirst("^not stored: ", ""));
                    firstCause = e;
                }
            }
        }
        if (firstReason != null) {
            throw new NotStoredException("not stored: " + failed + " of " + documents.size() + " records; first "
                    + firstReason, firstCause);
        }
    }

    private void ingest(RawInput input, List<InputDocument> documents) throws NotStoredException {
        StoredInput stored = store.findInput(input.contentHash()).orElse(null);
        if (stored != null && stored.stages().containsAll(stages)) {
            tally.inputsUnchanged++;
            tally.articlesUnchanged += stored.articleIds().size();
            // articles stored but not linked yet (a run cut short, a store older than linking) are linked now
            String text = documents.size() == 1 ? documents.get(0).text() : null;
            Map<String, String> texts = new LinkedHashMap<>();
            stored.articleIds().forEach(id -> texts.put(id, text));
            link(texts);
            return;
        }
        List<Article> articles = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (InputDocument document : documents) {
            for (Article article : pipeline.run(document, home, homes)) {
                articles.add(article);
                texts.putIfAbsent(article.id(), document.text());
            }
        }
        SaveResult result;
        try {
            result = store.save(input, stages, articles);
        } catch (StoreException e) {
            throw new NotStoredException("not stored: " + e.reason(), e);
        }
        if (index != null && (result.added() > 0 || result.updated() > 0)) {
            List<Article> indexed = new ArrayList<>();
            for (Article article : articles) {
                store.find(article.id()).ifPresent(a -> indexed.add(a.article()));
            }
            try {
                index.put(indexed);
            } catch (SearchIndexException e) {
                tally.articlesNotIndexed += indexed.size();
                tally.indexProblem = e.getMessage();
            }
        }
        if (result.inputNew()) {
            tally.inputsNew++;
        } else {
            tally.inputsUnchanged++;
        }
        tally.articlesNew += result.added();
        tally.articlesUpdated += result.updated();
        tally.articlesUnchanged += result.unchanged();
        link(texts);
    }

    /**
     * Links each stored article across the articles stored before it (entities, events, story), given the text
     * its offsets point into; an article linked already is left as it is.
     */
    private void link(Map<String, String> articleTexts) throws NotStoredException {
        for (Map.Entry<String, String> a : articleTexts.entrySet()) {
            try {
                if (store.links().link(a.getKey(), a.getValue())) {
                    tally.articlesLinked++;
                }
            } catch (StoreException e) {
                throw new NotStoredException("stored but not linked across articles (the next ingest links it): " + e.reason(), e);
            }
        }
    }

    /** Links the stored articles no ingest has linked yet (stored before linking existed), oldest first. */
    void linkUnlinked() throws NotStoredException {
        for (List<String> batch = store.links().unlinked(100); !batch.isEmpty(); batch = store.links().unlinked(100)) {
            Map<String, String> none = new LinkedHashMap<>();
            batch.forEach(id -> none.put(id, null));
            int before = tally.articlesLinked;
            link(none);
            if (tally.articlesLinked == before) {
                return; // nothing could be linked: stop rather than loop
            }
        }
    }
}
