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
import org.sitrep.model.Event;
import org.sitrep.store.export.AcledCsv;

/** What every {@link ArticleStore} must do; run once per database by the subclasses. */
abstract class ArticleStoreContract extends PagingAndPoolContract {

    static final Set<String> CLEAN = Set.of("clean");
    static final Set<String> CLEAN_ENTITIES = new LinkedHashSet<>(List.of("clean", "entities"));

    ArticleStore store;

    /** A JDBC URL of an empty database for one test. */
    abstract String emptyDatabase();

    @Override
    ArticleStore openedStore() {
        return store;
    }

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
                article("x4", "More troops!", "2024-10-28"),
                article("x5", "100% turnout_claimed", "2024-11-02")));

        assertThat(store.list(ArticleQuery.all())).extracting(StoredArticle::id).containsExactly("x5", "x2", "x1", "x4", "x3");
        assertThat(store.list(ArticleQuery.all().page(2, 1))).extracting(StoredArticle::id).containsExactly("x2", "x1");
        assertThat(store.count(ArticleQuery.all().page(2, 1))).isEqualTo(5);
        assertThat(store.list(ArticleQuery.all().withTitleContaining("TROOPS"))).extracting(StoredArticle::id)
                .containsExactly("x1", "x4");
        assertThat(store.list(ArticleQuery.all().withTitleContaining("100%"))).extracting(StoredArticle::id)
                .containsExactly("x5");
        assertThat(store.count(ArticleQuery.all().withTitleContaining("0%t"))).isZero();
        // the escape character, and LIKE's wildcards, are taken as text
        assertThat(store.list(ArticleQuery.all().withTitleContaining("troops!"))).extracting(StoredArticle::id).containsExactly("x4");
        assertThat(store.list(ArticleQuery.all().withTitleContaining("t_rnout"))).isEmpty();
        assertThat(store.list(ArticleQuery.all().withTitleContaining("turnout_c"))).extracting(StoredArticle::id).containsExactly("x5");
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

    /** A JDBC URL of another empty database, beside the one the test's store was opened on. */
    abstract String secondEmptyDatabase();

    static final Set<String> WITH_EVENTS = new LinkedHashSet<>(List.of("clean", "entities", "time", "geo", "events", "claims"));

    private static List<String> ids(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::eventId).toList();
    }

    @Test
    void storesEventsAndClaimsWithTheirArticleAndFindsThemByTypeAcledTypeCountryAndDate() {
        Article article = TestEvents.article();
        store.save(input("clash.txt", "the clash, raw"), WITH_EVENTS, List.of(article, article("x1", "No events", "2025-11-01")));

        // newest first: the talks have no date of their own, so they go by the article's (2025-12-06)
        List<StoredEvent> all = store.events(EventQuery.all());
        assertThat(ids(all)).containsExactly("ev2", "ev1");
        StoredEvent clash = all.get(1);
        assertThat(clash.event()).isEqualTo(TestEvents.clash());
        assertThat(all.get(0).event()).isEqualTo(TestEvents.talks());
        assertThat(clash.articleId()).isEqualTo(TestEvents.ARTICLE_ID);
        assertThat(clash.index()).isEqualTo(0);
        assertThat(clash.articleTitle()).isEqualTo(article.title());
        assertThat(clash.articleUrl()).isEqualTo("https://news.example/spin-boldak");
        assertThat(clash.sourcePath()).isEqualTo(article.source().path());
        assertThat(clash.articlePublished()).isEqualTo("2025-12-06");
        assertThat(store.countEvents(EventQuery.all())).isEqualTo(2);

        assertThat(ids(store.events(EventQuery.all().withType("assault")))).containsExactly("ev1");
        assertThat(ids(store.events(EventQuery.all().withType("CONSULT")))).containsExactly("ev2");
        assertThat(store.events(EventQuery.all().withType("AGREE"))).isEmpty();
        assertThat(ids(store.events(EventQuery.all().withAcledEventType("battles")))).containsExactly("ev1");
        assertThat(store.events(EventQuery.all().withAcledEventType("Protests"))).isEmpty();
        // a country matches the place's, an actor's or a target's
        assertThat(ids(store.events(EventQuery.all().withCountry("pk")))).containsExactly("ev2", "ev1");
        assertThat(ids(store.events(EventQuery.all().withCountry("AF")))).containsExactly("ev2", "ev1");
        assertThat(store.events(EventQuery.all().withCountry("IN"))).isEmpty();
        assertThat(ids(store.events(EventQuery.all().withType("ASSAULT").withCountry("PK")))).containsExactly("ev1");
        // dates: the event's own, else the article's publication date; a bare month or day includes all of it
        assertThat(ids(store.events(EventQuery.all().withDates("2025-12-06", null)))).containsExactly("ev2");
        assertThat(ids(store.events(EventQuery.all().withDates(null, "2025-12-05")))).containsExactly("ev1");
        assertThat(ids(store.events(EventQuery.all().withDates("2025-12-05", "2025-12-05")))).containsExactly("ev1");
        assertThat(ids(store.events(EventQuery.all().withDates("2025-12", "2025-12")))).containsExactly("ev2", "ev1");
        assertThat(store.events(EventQuery.all().withDates("2025-12-07", null))).isEmpty();
        assertThat(ids(store.events(EventQuery.all().forAcledExport()))).containsExactly("ev1");
        assertThat(ids(store.events(EventQuery.all().placedOnly()))).containsExactly("ev1");
        assertThat(store.events(EventQuery.all().ofArticle("x1"))).isEmpty();
        assertThat(ids(store.events(EventQuery.all().page(1, 1)))).containsExactly("ev1");
        assertThat(store.countEvents(EventQuery.all().page(1, 1))).isEqualTo(2);
        assertThat(store.countEvents(EventQuery.all().withCountry("AF"))).isEqualTo(2);
        assertThatThrownBy(() -> EventQuery.all().withDates("last week", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last week");

        List<StoredClaim> claims = store.claims(ClaimQuery.all());
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.claim()).isEqualTo(TestEvents.soldiersKilled());
            assertThat(c.articleId()).isEqualTo(TestEvents.ARTICLE_ID);
            assertThat(c.index()).isZero();
            assertThat(c.articleTitle()).isEqualTo(article.title());
        });
        assertThat(store.claims(ClaimQuery.all().withSubjectContaining("SOLDIERS"))).hasSize(1);
        assertThat(store.claims(ClaimQuery.all().withSubjectContaining("tanks"))).isEmpty();
        assertThat(store.claims(ClaimQuery.all().withDates("2025-12-06", null))).isEmpty();
        assertThat(store.countClaims(ClaimQuery.all().withDates("2025-12-05", "2025-12-05"))).isEqualTo(1);
    }

    @Test
    void theAcledRowOfAStoredClashHasACLEDsValues() {
        store.save(input("clash.txt", "the clash, raw"), WITH_EVENTS, List.of(TestEvents.article()));

        List<StoredEvent> acled = store.events(EventQuery.all().forAcledExport());

        assertThat(acled).hasSize(1);
        List<String> row = AcledCsv.row(acled.get(0));
        java.util.Map<String, String> byColumn = new java.util.LinkedHashMap<>();
        for (int i = 0; i < AcledCsv.COLUMNS.size(); i++) {
            byColumn.put(AcledCsv.COLUMNS.get(i), row.get(i));
        }
        assertThat(byColumn).containsEntry("event_id_cnty", "AFG-3f9a1c2b-ev1")
                .containsEntry("event_date", "2025-12-05").containsEntry("year", "2025").containsEntry("time_precision", "1")
                .containsEntry("event_type", "Battles").containsEntry("sub_event_type", "Armed clash")
                .containsEntry("actor1", "Afghan forces").containsEntry("inter1", "1")
                .containsEntry("actor2", "Pakistani forces").containsEntry("inter2", "1").containsEntry("interaction", "11")
                .containsEntry("country", "Afghanistan").containsEntry("iso", "4").containsEntry("admin1", "Kandahar")
                .containsEntry("location", "Spin Boldak").containsEntry("latitude", "31.0056")
                .containsEntry("longitude", "66.3998").containsEntry("geo_precision", "1")
                .containsEntry("source", "https://news.example/spin-boldak; Hamdullah Fitrat")
                .containsEntry("fatalities", "5");
        assertThat(byColumn.get("notes")).isEqualTo("\"" + TestEvents.CLASH_SENTENCE.replace("\n", " ")
                + "\" (injured: 5; according to Hamdullah Fitrat)");
    }

    @Test
    void aFullerReadingReplacesTheArticlesEventsAndClaimsAndAThinnerOneKeepsThem() {
        RawInput in = input("clash.txt", "the clash, raw");
        store.save(in, CLEAN_ENTITIES, List.of(TestEvents.article()));
        assertThat(store.countEvents(EventQuery.all())).isEqualTo(2);

        Article reread = TestEvents.article(TestEvents.ARTICLE_ID, "Talks only", "2025-12-06",
                List.of(TestEvents.talks()), List.of());
        SaveResult fuller = store.save(in, WITH_EVENTS, List.of(reread));
        SaveResult thinner = store.save(in, CLEAN, List.of(TestEvents.article()));

        assertThat(fuller.updated()).isEqualTo(1);
        assertThat(thinner.changedNothing()).isTrue();
        List<StoredEvent> events = store.events(EventQuery.all());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo(TestEvents.talks());
            assertThat(e.index()).isZero();
            assertThat(e.articleTitle()).isEqualTo("Talks only");
        });
        assertThat(store.countEvents(EventQuery.all().withType("ASSAULT"))).isZero();
        assertThat(store.countEvents(EventQuery.all().withCountry("AF"))).isEqualTo(1);
        assertThat(store.claims(ClaimQuery.all())).isEmpty();
    }

    @Test
    void eventsWithoutIdsOrWithTheSameIdGetIdsOfTheirOwn() {
        Event unnamed = new Event(null, "PROTEST", "demonstrate", List.of(), List.of(), null, null, null, List.of(),
                null, null, null, null, null, null, List.of(), 0.5);
        Event first = TestEvents.clash();
        Article article = TestEvents.article("dup", "Ids", null, List.of(first, first, unnamed), List.of());

        store.save(input("dup.txt", "dup"), WITH_EVENTS, List.of(article));

        assertThat(ids(store.events(EventQuery.all()))).containsExactly("ev1", "ev1-2", "ev3");
        assertThat(store.events(EventQuery.all()).get(2).event()).isEqualTo(unnamed);
    }

    @Test
    void aStoreMadeBeforeEventsMigratesAndItsArticlesHaveNoEventsUntilReadAgain() {
        String url = secondEmptyDatabase();
        V1Store.create(url, "old1", "Stored before events", "2025-12-01", "old input");

        try (ArticleStore migrated = JdbiArticleStore.open(url)) {
            assertThat(migrated.find("old1")).hasValueSatisfying(a -> assertThat(a.title()).isEqualTo("Stored before events"));
            assertThat(migrated.events(EventQuery.all())).isEmpty();
            assertThat(migrated.claims(ClaimQuery.all())).isEmpty();
            assertThat(((JdbiArticleStore) migrated).schemaIsCurrent()).isTrue();

            SaveResult reread = migrated.save(input("old.txt", "old input"), WITH_EVENTS, List.of(TestEvents.article(
                    "old1", "Stored before events", "2025-12-01", List.of(TestEvents.clash()), List.of())));

            assertThat(reread.updated()).isEqualTo(1);
            assertThat(ids(migrated.events(EventQuery.all()))).containsExactly("ev1");
            assertThat(migrated.countInputs()).isEqualTo(1);
        }
    }
}
