package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.LuceneArticleIndex;
import org.sitrep.store.search.SearchIndexes;

/** {@code search --rebuild} indexes every stored article, page by page, and says how far it has got after each page. */
class SearchRebuildTest {

    @Test
    void aRebuildIndexesEveryArticleOnceAndReportsItsProgressPageByPage() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 2_100; n++) {
            // dated and undated ones, several a day: the pages run through the dated ones, then the undated tail
            String published = n % 10 == 0 ? null : String.format("2025-%02d-%02d", 1 + n % 12, 1 + n % 28);
            articles.add(TestArticles.article(String.format("a%05d", n), "Article " + n, published));
        }
        try (ArticleStore store = JdbiArticleStore.open("jdbc:h2:mem:rebuild" + System.nanoTime());
                ArticleIndex index = LuceneArticleIndex.inMemory()) {
            store.save(new RawInput("many.txt", "text", null, null, null, "many".getBytes(StandardCharsets.UTF_8)),
                    Set.of("clean"), articles);
            List<Long> progress = new ArrayList<>();
            long indexed = SearchIndexes.rebuild(store, index, progress::add);
            assertThat(indexed).isEqualTo(2_100);
            assertThat(index.size()).isEqualTo(2_100);
            assertThat(progress).containsExactly(1_000L, 2_000L, 2_100L); // pages of 1,000
            assertThat(index.search("\"Article 2099\"", 5).hits()).isNotEmpty();
        }
    }
}
