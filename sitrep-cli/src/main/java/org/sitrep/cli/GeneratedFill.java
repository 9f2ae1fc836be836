package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.sitrep.model.Article;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.PostgresBulkLoad;

/**
 * Fills an empty store with {@link StoreCorpusGenerator}'s articles for the benchmarks: through the store's own
 * {@code save} in batches (one transaction each), or into PostgreSQL by COPY ({@link PostgresBulkLoad}), which is
 * what makes 100,000 articles minutes rather than hours there. Either way the rows are those {@code save} writes.
 */
final class GeneratedFill {

    private static final int SAVE_BATCH = 500;
    private static final int COPY_BATCH = 2000;

    private GeneratedFill() {
    }

    static void fill(ArticleStore store, String url, StoreCorpusGenerator made, int articles) {
        fill(store, url, made, articles, stored -> { });
    }

    /** The same, telling {@code progress} how many are stored after each batch. */
    static void fill(ArticleStore store, String url, StoreCorpusGenerator made, int articles, IntConsumer progress) {
        if (isBulk(url)) {
            long firstInput = PostgresBulkLoad.prepare(url) + 1;
            for (int from = 0; from < articles; from += COPY_BATCH) {
                List<Article> batch = made.articles(from, Math.min(COPY_BATCH, articles - from));
                List<PostgresBulkLoad.Item> items = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    items.add(new PostgresBulkLoad.Item(firstInput + from + i, batch.get(i)));
                }
                PostgresBulkLoad.load(url, items);
                progress.accept(from + batch.size());
            }
            PostgresBulkLoad.finish(url);
            return;
        }
        for (int from = 0; from < articles; from += SAVE_BATCH) {
            int count = Math.min(SAVE_BATCH, articles - from);
            store.save(made.input(from, count), Set.of("generated"), made.articles(from, count));
            progress.accept(from + count);
        }
    }

    /** Whether {@link #fill} loads this database by COPY (one input per article) rather than through {@code save}. */
    static boolean isBulk(String url) {
        return url.startsWith("jdbc:postgresql:");
    }
}
