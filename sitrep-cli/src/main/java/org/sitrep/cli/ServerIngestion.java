package org.sitrep.cli;

import java.time.Instant;
import java.util.List;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.InputDocument;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.StageRegistry;
import org.sitrep.serve.ApiError;
import org.sitrep.serve.Ingestion;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.RawInput;
import org.sitrep.store.search.ArticleIndex;

/**
 * The server's ingest: one uploaded or fetched input at a time through the whole pipeline into the store, as
 * {@code sitrep ingest} stores a file. One at a time because the pipeline holds CoreNLP's models, which it loads
 * (tens of seconds) on the first ingest rather than at start-up, so a server that only reads starts at once. As
 * {@code sitrep ingest} does, it links each article across the stored ones and puts it in the search index, so the
 * API's entities, stories and search stay in step with what was posted.
 */
final class ServerIngestion implements Ingestion {

    private final ArticleStore store;
    /** The search index kept in step, or null. */
    private final ArticleIndex index;
    private final Readers readers = new Readers();
    private Ingester ingester;

    ServerIngestion(ArticleStore store, ArticleIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public synchronized Report ingest(String name, byte[] bytes, String url, String format) {
        InputOptions options = new InputOptions(name, format, url, null, url == null ? null : Instant.now());
        List<InputDocument> documents;
        try {
            documents = readers.read(bytes, options);
        } catch (BadInputException e) {
            throw new ApiError(422, name + ": " + e.getMessage());
        }
        String read = documents.isEmpty() ? "text" : documents.get(0).format();
        String hash = new RawInput(name, read, url, null, options.retrievedAt(), bytes).contentHash();
        boolean known = store.findInput(hash).isPresent();
        try {
            ingester().ingest(bytes, documents, options);
        } catch (Ingester.NotStoredException e) {
            throw new ApiError(422, name + ": " + e.getMessage());
        }
        List<String> articles = store.findInput(hash).map(in -> in.articleIds()).orElse(List.of());
        return new Report(name, !known, articles);
    }

    private Ingester ingester() {
        if (ingester == null) {
            ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("all"));
            ingester = new Ingester(pipeline, pipeline.stages(), store, null, index);
            ingester.learnHomesFromStore(2000);
        }
        return ingester;
    }
}
