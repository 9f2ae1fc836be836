package org.sitrep.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/** The Lucene index on its own, in a real folder: phrases, operators, fields, replacement, persistence, bad syntax. */
class LuceneArticleIndexTest {

    @TempDir
    Path folder;

    private static Article article(String id, String title, String body) {
        return Article.builder().id(id).source(new Source("in/" + id + ".txt", "https://example.org/" + id, null, "text"))
                .span(new Span(0, title.length() + body.length() + 1)).title(title)
                .titleSpan(new Span(0, title.length(), title)).published(new Published("2025-12-06", "day", "6 December 2025"))
                .language("en").body(body).bodySpan(new Span(title.length() + 1, title.length() + 1 + body.length())).build();
    }

    private static final Article BORDER = article("a1", "Clashes on the Afghan border",
            "Troops exchanged fire overnight near Spin Boldak. Residents of Chaman said the crossing was closed.");
    private static final Article FLOOD = article("a2", "Floods in Kerala",
            "Heavy rain flooded villages. Rescue boats reached Kochi on Monday.");
    private static final Article TALKS = article("a3", "Ceasefire talks in Doha",
            "Delegates from Kabul and Islamabad met in Doha to discuss the border crossing at Spin Boldak.");

    @Test
    void findsAPhraseAndHighlightsItWhole() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(folder)) {
            index.put(List.of(BORDER, FLOOD, TALKS));

            SearchResults results = index.search("\"Spin Boldak\"", 10);

            assertThat(results.total()).isEqualTo(2);
            assertThat(results.hits()).extracting(SearchResults.Hit::articleId).containsExactlyInAnyOrder("a1", "a3");
            SearchResults.Hit border = results.hits().stream().filter(h -> h.articleId().equals("a1")).findFirst().orElseThrow();
            assertThat(border.snippet().highlighted()).containsExactly("Spin Boldak");
            assertThat(border.snippet().text()).contains("Troops exchanged fire overnight near Spin Boldak.");
            assertThat(border.title()).isEqualTo("Clashes on the Afghan border");
            assertThat(border.published()).isEqualTo("2025-12-06");
            assertThat(border.url()).isEqualTo("https://example.org/a1");
        }
    }

    @Test
    void wordsMustAllAppearUnlessJoinedByOrAndFieldsNarrow() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(folder)) {
            index.put(List.of(BORDER, FLOOD, TALKS));

            assertThat(ids(index.search("crossing Doha", 10))).containsExactly("a3");
            assertThat(ids(index.search("Kochi OR Chaman", 10))).containsExactlyInAnyOrder("a1", "a2");
            assertThat(ids(index.search("title:border", 10))).containsExactly("a1");
            assertThat(ids(index.search("border NOT title:border", 10))).containsExactly("a3");
            // word forms: "clash" finds "Clashes", "flood" finds "flooded" and "Floods"
            assertThat(ids(index.search("clash", 10))).containsExactly("a1");
            assertThat(ids(index.search("flood", 10))).containsExactly("a2");
            assertThat(index.search("tsunami", 10).hits()).isEmpty();
        }
    }

    @Test
    void aFullerReadingReplacesTheArticleAndTheIndexOutlivesItsProcess() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(folder)) {
            index.put(List.of(BORDER, FLOOD));
            index.put(List.of(article("a1", "Clashes on the Afghan border",
                    "Troops exchanged fire overnight near Spin Boldak, killing three civilians.")));
            assertThat(index.size()).isEqualTo(2);
        }
        try (ArticleIndex reopened = LuceneArticleIndex.open(folder)) {
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(ids(reopened.search("civilians", 10))).containsExactly("a1");
            assertThat(reopened.search("Chaman", 10).hits()).isEmpty();
            reopened.clear();
            assertThat(reopened.size()).isZero();
        }
    }

    @Test
    void badSyntaxIsOneLineInTheUsersTerms() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(folder)) {
            index.put(List.of(BORDER));

            assertThatThrownBy(() -> index.search("\"Spin Boldak", 10)).isInstanceOf(QuerySyntaxException.class)
                    .hasMessage("cannot read the query '\"Spin Boldak': a quotation mark is not closed");
            assertThatThrownBy(() -> index.search("(border OR", 10)).isInstanceOf(QuerySyntaxException.class)
                    .hasMessageContaining("parenthesis");
            assertThatThrownBy(() -> index.search("border AND", 10)).isInstanceOf(QuerySyntaxException.class)
                    .hasMessageContaining("AND, OR and NOT need words on both sides");
            assertThatThrownBy(() -> index.search("author:smith", 10)).isInstanceOf(QuerySyntaxException.class)
                    .hasMessageContaining("author:");
            assertThatThrownBy(() -> index.search("  ", 10)).isInstanceOf(QuerySyntaxException.class)
                    .hasMessage("the query is empty");
        }
    }

    @Test
    void theIndexLivesBesideTheDatabase() {
        assertThat(SearchIndexes.folderFor("jdbc:h2:file:./sitrep-data/sitrep;AUTO_SERVER=TRUE"))
                .isEqualTo(Path.of("./sitrep-data/sitrep-search-index"));
        assertThat(SearchIndexes.folderFor("jdbc:h2:file:/data/news/store")).isEqualTo(Path.of("/data/news/store-search-index"));
        assertThat(SearchIndexes.folderFor("jdbc:postgresql://db.example:5432/sitrep?user=u&password=p&currentSchema=s1"))
                .isEqualTo(Path.of("sitrep-data/search-index-db.example-5432-sitrep-s1"));
        assertThat(SearchIndexes.folderFor("jdbc:h2:mem:test")).isNull();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::articleId).toList();
    }
}
