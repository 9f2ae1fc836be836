package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.link.events.EventMatcher;
import org.sitrep.model.Article;
import org.sitrep.model.DateValue;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Keyset pages, the radius filter and reads side by side on the pool: what every store must do at scale, run
 * on each database through {@link ArticleStoreContract}'s subclasses.
 */
abstract class PagingAndPoolContract {

    /** The store under test, open and empty at the start of each test. */
    abstract ArticleStore openedStore();

    /** Places at known distances from Spin Boldak (31.0056, 66.3998): Chaman about 9 km, Kandahar about 95 km. */
    private static final List<Place> PLACES = List.of(
            new Place(1L, "Spin Boldak", "city", "AF", "Kandahar", 31.0056, 66.3998, 0.9),
            new Place(2L, "Chaman", "city", "PK", "Balochistan", 30.9210, 66.4597, 0.9),
            new Place(3L, "Kandahar", "city", "AF", "Kandahar", 31.6133, 65.7101, 0.9),
            new Place(4L, "Quetta", "city", "PK", "Balochistan", 30.1841, 67.0014, 0.9),
            new Place(5L, "Kabul", "city", "AF", "Kabul", 34.5281, 69.1723, 0.9));

    /** 30 articles of 3 events each: many share a date, some are undated, some have no place. */
    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            List<Event> events = new ArrayList<>();
            for (int e = 0; e < 3; e++) {
                int k = n * 3 + e;
                Place place = k % 7 == 0 ? null : PLACES.get(k % PLACES.size());
                DateValue date = k % 5 == 0 ? null : new DateValue("2025-03-" + String.format("%02d", 1 + k % 4), "day");
                String sentence = "Event " + k + ".";
                events.add(new Event("ev" + (e + 1), "ASSAULT", "clash",
                        List.of(new Participant("group " + k, null, "AF", "military")), List.of(), place, 1, date,
                        List.of(), null, null, "asserted", null, null, new Span(0, sentence.length(), sentence), List.of(), 0.7));
            }
            String published = n % 6 == 0 ? null : "2025-03-0" + (1 + n % 3);
            out.add(TestEvents.article(String.format("p%02d", 29 - n), "Article " + n, published, events, List.of()));
        }
        return out;
    }

    private void fill() {
        openedStore().save(new RawInput("pages.txt", "text", null, null, null, "pages".getBytes(StandardCharsets.UTF_8)),
                Set.of("clean", "events"), articles());
    }

    @Test
    void eventPagesByKeyWalkEveryEventOnceInTheListingsOrder() {
        fill();
        ArticleStore store = openedStore();
        List<String> whole = store.events(EventQuery.all()).stream().map(e -> e.articleId() + "/" + e.index()).toList();
        assertThat(whole).hasSize(90);

        List<String> paged = new ArrayList<>();
        EventKey after = null;
        for (int pages = 0; pages < 100; pages++) {
            List<StoredEvent> page = store.events(EventQuery.all().page(7, 0).after(after));
            page.forEach(e -> paged.add(e.articleId() + "/" + e.index()));
            if (page.size() < 7) {
                break;
            }
            after = EventKey.of(page.get(page.size() - 1));
        }
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(new HashSet<>(paged)).hasSize(90);
    }

    @Test
    void eventPagesByKeyKeepTheirFilters() {
        fill();
        ArticleStore store = openedStore();
        EventQuery march2 = EventQuery.all().withDates("2025-03-02", "2025-03-02").withCountry("PK");
        List<StoredEvent> whole = store.events(march2);
        assertThat(whole).isNotEmpty().allSatisfy(e -> assertThat(e.event().date().value()).isEqualTo("2025-03-02"));
        List<StoredEvent> first = store.events(march2.page(2, 0));
        List<StoredEvent> rest = store.events(march2.page(0, 0).after(EventKey.of(first.get(1))));
        List<StoredEvent> both = new ArrayList<>(first);
        both.addAll(rest);
        assertThat(both).containsExactlyElementsOf(whole);
    }

    @Test
    void articlePagesByKeyWalkEveryArticleOnceInTheListingsOrder() {
        fill();
        ArticleStore store = openedStore();
        List<String> whole = store.list(ArticleQuery.all()).stream().map(StoredArticle::id).toList();
        assertThat(whole).hasSize(30);
        assertThat(whole.get(29)).isEqualTo("p29").as("undated last, then by id"); // n = 0: undated, the highest id
        List<String> paged = new ArrayList<>();
        ArticleKey after = null;
        for (int pages = 0; pages < 100; pages++) {
            List<StoredArticle> page = store.list(ArticleQuery.all().page(4, 0).after(after));
            page.forEach(a -> paged.add(a.id()));
            if (page.size() < 4) {
                break;
            }
            after = ArticleKey.of(page.get(page.size() - 1));
        }
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    @Test
    void theRadiusFilterFindsExactlyTheEventsWithinTheDistance() {
        fill();
        ArticleStore store = openedStore();
        List<StoredEvent> all = store.events(EventQuery.all());
        for (double km : new double[] {5, 50, 150, 600}) {
            EventFilter near = new EventFilter(null, null, null, new EventFilter.Near(31.0056, 66.3998, km));
            Set<String> expected = new HashSet<>();
            for (StoredEvent e : all) {
                Place p = e.event().place();
                if (p != null && EventMatcher.kilometres(31.0056, 66.3998, p.lat(), p.lon()) <= km) {
                    expected.add(e.articleId() + "/" + e.index());
                }
            }
            List<String> found = store.events(EventQuery.all(), near).stream().map(e -> e.articleId() + "/" + e.index()).toList();
            assertThat(new HashSet<>(found)).as("within %s km", km).isEqualTo(expected);
            assertThat(store.countEvents(EventQuery.all(), near)).isEqualTo(expected.size());
        }
        // Spin Boldak and Chaman (9 km) at 50 km; Kandahar (about 95 km) and Quetta (about 110 km) only further out
        assertThat(store.events(EventQuery.all(), new EventFilter(null, null, null, new EventFilter.Near(31.0056, 66.3998, 50)))
                .stream().map(e -> e.event().place().name()).distinct()).containsExactlyInAnyOrder("Spin Boldak", "Chaman");
    }

    @Test
    void pagesNearAPointOrInASmallBoxAreTheListingsPagesOfThoseEvents() {
        fill();
        ArticleStore store = openedStore();
        // near a point and in a small box the page is read cell by cell (PlaceCells) and merged: it must be the
        // same page, in the same order, as the whole filtered listing gives, at the start, by offset and by key
        List<EventFilter> filters = List.of(
                new EventFilter(null, null, null, new EventFilter.Near(31.0056, 66.3998, 50)),
                new EventFilter(null, null, null, new EventFilter.Near(31.0056, 66.3998, 150)),
                new EventFilter(null, null, new EventFilter.Box(30.5, 65.5, 32, 67), null),
                new EventFilter(null, null, new EventFilter.Box(-10, -10, -9, -9), null));
        for (EventFilter filter : filters) {
            List<String> whole = store.events(EventQuery.all(), filter).stream().map(e -> e.articleId() + "/" + e.index()).toList();
            List<StoredEvent> first = store.events(EventQuery.all().page(3, 0), filter);
            assertThat(first.stream().map(e -> e.articleId() + "/" + e.index()).toList())
                    .as("%s", filter).containsExactlyElementsOf(whole.subList(0, Math.min(3, whole.size())));
            assertThat(store.events(EventQuery.all().page(3, 2), filter).stream().map(e -> e.articleId() + "/" + e.index()).toList())
                    .as("%s, offset 2", filter).containsExactlyElementsOf(whole.subList(Math.min(2, whole.size()), Math.min(5, whole.size())));
            if (first.size() == 3) {
                List<String> rest = store.events(EventQuery.all().page(1000, 0).after(EventKey.of(first.get(2))), filter).stream()
                        .map(e -> e.articleId() + "/" + e.index()).toList();
                assertThat(rest).as("%s, after the first page", filter).containsExactlyElementsOf(whole.subList(3, whole.size()));
            }
        }
    }

    @Test
    void readsRunSideBySideWhileInputsAreStored() throws Exception {
        fill();
        ArticleStore store = openedStore();
        List<String> expected = store.events(EventQuery.all().withCountry("AF").page(20, 0)).stream()
                .map(e -> e.articleId() + "/" + e.index()).toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(() -> {
                    int reads = 0;
                    for (int i = 0; i < 25; i++) {
                        List<String> page = store.events(EventQuery.all().withCountry("AF").page(20, 0)).stream()
                                .map(e -> e.articleId() + "/" + e.index()).toList();
                        assertThat(page).isEqualTo(expected);
                        assertThat(store.find("p00")).isPresent();
                        reads++;
                    }
                    return reads;
                });
            }
            // a writer at the same time: articles dated long before, so the newest page read above stays the same
            work.add(() -> {
                for (int i = 0; i < 10; i++) {
                    Event old = new Event("ev1", "ASSAULT", "clash", List.of(new Participant("group w", null, "AF", "military")),
                            List.of(), PLACES.get(0), 1, new DateValue("2001-01-01", "day"), List.of(), null, null, "asserted",
                            null, null, new Span(0, 4, "Old."), List.of(), 0.7);
                    Article a = TestEvents.article("w" + i, "Written meanwhile", "2001-01-01", List.of(old), List.of());
                    store.save(new RawInput("w" + i + ".txt", "text", null, null, null, ("w" + i).getBytes(StandardCharsets.UTF_8)),
                            Set.of("clean", "events"), List.of(a));
                }
                return 10;
            });
            int done = 0;
            for (Future<Integer> f : threads.invokeAll(work)) {
                done += f.get();
            }
            assertThat(done).isEqualTo(8 * 25 + 10);
        } finally {
            threads.shutdownNow();
        }
        assertThat(store.count(ArticleQuery.all())).isEqualTo(40);
    }
}
