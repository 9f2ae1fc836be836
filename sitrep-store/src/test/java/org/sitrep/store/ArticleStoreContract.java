package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.TestArticles.article;
import static org.sitrep.store.TestArticles.withEntity;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;

/** What every {@link ArticleStore} must do; run once per database by the subclasses. */
abstract class ArticleStoreContract {

    static final Set<String> CLEAN = Set.of("clean");
    static final Set<String> CLEAN_ENTITIES = new LinkedHashSet<>(List.of("clean", "entities"));

    ArticleStore store;

    /** A JDBC URL of an empty database for one test. */
    abstract String emptyDatabase();

    @BeforeEach
    void openStore() {
        store = JdbiArticleStore.open(emptyDatabase());
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static RawInput input(String name, String text) {
        return new RawInput(name, "text", null, null, null, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesAnInputWithItsArticlesAndGivesThemBack() {
        RawInput in = input("a.txt", "two articles, raw");
        Article first = article("a1", "First", "2024-10-29");
        Article second = withEntity(article("a2", "Second", null), "Choe Son Hui");

        SaveResult result = store.save(in, CLEAN_ENTITIES, List.of(first, second));

        assertThat(result.inputNew()).isTrue();
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.unchanged()).isZero();
        StoredArticle stored = store.find("a2").orElseThrow();
        assertThat(stored.json()).isEqualTo(ArticleJson.toJson(second));
        assertThat(stored.article()).isEqualTo(second);
        assertThat(stored.title()).isEqualTo("Second");
        assertThat(stored.inputHash()).isEqualTo(in.contentHash());
        assertThat(stored.position()).isEqualTo(1);
        assertThat(stored.stages()).containsExactly("clean", "entities");
        assertThat(store.find("a1").orElseThrow().published()).isEqualTo("2024-10-29");
        assertThat(store.find("nope")).isEmpty();

        StoredInput storedInput = store.findInput(in.contentHash()).orElseThrow();
        assertThat(storedInput.path()).isEqualTo("a.txt");
        assertThat(storedInput.format()).isEqualTo("text");
        assertThat(storedInput.byteCount()).isEqualTo(in.bytes().length);
        assertThat(storedInput.articleIds()).containsExactly("a1", "a2");
        assertThat(storedInput.ingestedAt()).isNotNull();
        assertThat(store.rawInput(in.contentHash())).hasValueSatisfying(raw -> assertThat(raw).isEqualTo(in.bytes()));
        assertThat(store.count(ArticleQuery.all())).isEqualTo(2);
        assertThat(store.countInputs()).isEqualTo(1);
    }

    @Test
    void savingTheSameInputAgainChangesNothing() {
        RawInput in = input("a.txt", "raw");
        List<Article> articles = List.of(article("a1", "First", "2024-10-29"), article("a2", "Second", null));
        store.save(in, CLEAN, articles);
        List<StoredArticle> before = store.list(ArticleQuery.all());

        SaveResult again = store.save(input("renamed.txt", "raw"), CLEAN, articles);

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(store.countInputs()).isEqualTo(1);
        assertThat(store.list(ArticleQuery.all())).isEqualTo(before);
        assertThat(store.findInput(in.contentHash()).orElseThrow().path()).isEqualTo("a.txt");
    }

    @Test
    void aFullerReadingReplacesTheStoredArticleAndAThinnerOneDoesNot() {
        RawInput in = input("a.txt", "raw");
        Article plain = article("a1", "First", null);
        Article annotated = withEntity(plain, "Yoon Suk Yeol");
        store.save(in, CLEAN, List.of(plain));

        SaveResult fuller = store.save(in, CLEAN_ENTITIES, List.of(annotated));
        SaveResult thinner = store.save(in, CLEAN, List.of(plain));

        assertThat(fuller.updated()).isEqualTo(1);
        assertThat(thinner.changedNothing()).isTrue();
        StoredArticle stored = store.find("a1").orElseThrow();
        assertThat(stored.article().entities()).extracting(e -> e.name()).containsExactly("Yoon Suk Yeol");
        assertThat(stored.stages()).containsExactly("clean", "entities");
        assertThat(store.findInput(in.contentHash()).orElseThrow().stages()).containsExactly("clean", "entities");
        assertThat(store.count(ArticleQuery.all())).isEqualTo(1);
    }

    @Test
    void anArticleFoundInTwoInputsIsStoredOnceAndLinkedToBoth() {
        Article shared = article("s1", "Syndicated", "2024-10-29");
        RawInput feedA = input("a.xml", "feed a");
        RawInput feedB = input("b.xml", "feed b");
        store.save(feedA, CLEAN, List.of(shared, article("a2", "Only in A", null)));

        SaveResult second = store.save(feedB, CLEAN, List.of(shared));

        assertThat(second.inputNew()).isTrue();
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(store.count(ArticleQuery.all())).isEqualTo(2);
        assertThat(store.findInput(feedB.contentHash()).orElseThrow().articleIds()).containsExactly("s1");
        assertThat(store.list(ArticleQuery.all().withInput(feedB.contentHash())))
                .extracting(StoredArticle::id).containsExactly("s1");
        assertThat(store.list(ArticleQuery.all().withInput(feedA.contentHash())))
                .extracting(StoredArticle::id).containsExactlyInAnyOrder("s1", "a2");
    }

    @Test
    void aFailureWhileStoringAnInputLeavesNothingOfItAndEarlierInputsIntact() {
        store.save(input("ok.txt", "fine"), CLEAN, List.of(article("ok1", "Fine", null)));
        RawInput broken = input("broken.txt", "breaks in the middle");
        List<Article> breaksAtThird = new AbstractList<>() {
            @Override
            public Article get(int index) {
                if (index == 2) {
                    throw new IllegalStateException("simulated crash while storing");
                }
                return withEntity(article("b" + index, "Broken " + index, null), "Name " + index);
            }

            @Override
            public int size() {
                return 3;
            }
        };

        assertThatThrownBy(() -> store.save(broken, CLEAN_ENTITIES, breaksAtThird))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("broken.txt")
                .hasMessageContaining("simulated crash");

        assertThat(store.count(ArticleQuery.all())).isEqualTo(1);
        assertThat(store.countInputs()).isEqualTo(1);
        assertThat(store.findInput(broken.contentHash())).isEmpty();
        assertThat(store.find("b0")).isEmpty();
        // running it again finishes the job
        SaveResult rerun = store.save(broken, CLEAN_ENTITIES,
                List.of(article("b0", "Broken 0", null), article("b1", "Broken 1", null), article("b2", "Broken 2", null)));
        assertThat(rerun.added()).isEqualTo(3);
        assertThat(store.count(ArticleQuery.all())).isEqualTo(4);
    }

    @Test
    void listsNewestFirstWithFiltersAndPages() {
        store.save(input("many.txt", "many"), CLEAN, List.of(
                article("x1", "Troops cross the border", "2024-10-29"),
                article("x2", "Talks in Geneva", "2024-10-30T08:15Z"),
                article("x3", "Undated notes", null),
                article("x4", "More troops", "2024-10-28"),
                article("x5", "100% turnout_claimed", "2024-11-02")));

        assertThat(store.list(ArticleQuery.all())).extracting(StoredArticle::id).containsExactly("x5", "x2", "x1", "x4", "x3");
        assertThat(store.list(ArticleQuery.all().page(2, 1))).extracting(StoredArticle::id).containsExactly("x2", "x1");
        assertThat(store.count(ArticleQuery.all().page(2, 1))).isEqualTo(5);
        assertThat(store.list(ArticleQuery.all().withTitleContaining("TROOPS"))).extracting(StoredArticle::id)
                .containsExactly("x1", "x4");
        assertThat(store.list(ArticleQuery.all().withTitleContaining("100%"))).extracting(StoredArticle::id)
                .containsExactly("x5");
        assertThat(store.count(ArticleQuery.all().withTitleContaining("0%t"))).isZero();
        assertThat(store.list(ArticleQuery.all().withPublished("2024-10-29", "2024-10-30"))).extracting(StoredArticle::id)
                .containsExactly("x2", "x1");
        assertThat(store.list(ArticleQuery.all().withPublished("2024-10-30T09:00Z", null))).extracting(StoredArticle::id)
                .containsExactly("x5");
        assertThat(store.list(ArticleQuery.all().withIdPrefix("x3"))).extracting(StoredArticle::id).containsExactly("x3");
        assertThatThrownBy(() -> store.list(ArticleQuery.all().withPublished("last week", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last week");
    }

    @Test
    void keepsEverythingAcrossReopening() {
        String url = reopenableUrl();
        store.close();
        store = JdbiArticleStore.open(url);
        store.save(input("a.txt", "raw"), CLEAN, List.of(article("a1", "First", null)));
        store.close();

        store = JdbiArticleStore.open(url);

        assertThat(store.find("a1")).isPresent();
        assertThat(store.countInputs()).isEqualTo(1);
        assertThat(((JdbiArticleStore) store).schemaIsCurrent()).as("the next open can skip Flyway").isTrue();
    }

    @Test
    void aWriterKilledMidBatchLeavesWholeInputsOnlyAndARerunFinishesTheJob() throws Exception {
        String url = reopenableUrl();
        store.close();
        int total = 5;

        Process killed = writer(url, total);
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(killed.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("saved 1"));
            assertThat(line).as("the writer saved two inputs before the kill").isEqualTo("saved 1");
            killed.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the writer's side
            killed.waitFor();
        }

        store = JdbiArticleStore.open(url);
        long inputs = store.countInputs();
        assertThat(inputs).isBetween(2L, (long) total);
        assertThat(store.count(ArticleQuery.all())).isEqualTo(inputs * CrashingWriter.ARTICLES_PER_INPUT);
        for (int i = 0; i < total; i++) {
            store.findInput(CrashingWriter.input(i).contentHash()).ifPresent(
                    in -> assertThat(in.articleIds()).hasSize(CrashingWriter.ARTICLES_PER_INPUT));
        }
        store.close();

        Process rerun = writer(url, total);
        rerun.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(rerun.waitFor()).isZero();

        store = JdbiArticleStore.open(url);
        assertThat(store.countInputs()).isEqualTo(total);
        assertThat(store.count(ArticleQuery.all())).isEqualTo((long) total * CrashingWriter.ARTICLES_PER_INPUT);
    }

    private static Process writer(String url, int inputs) throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(),
                url, String.valueOf(inputs)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The URL the current test's store was opened with, to open it again. */
    abstract String reopenableUrl();
}
