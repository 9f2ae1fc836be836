package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.link.events.EventMatcher;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EntityQuery;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.LinkedEntity;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.Story;
import org.sitrep.store.StoryQuery;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.LuceneArticleIndex;
import org.sitrep.store.search.SearchIndexes;

/**
 * The benchmark's generator, small: the five common reads bench-store times return what the generator wrote
 * (worked out here from the generated articles themselves), through the real store, linking and index.
 */
class StoreCorpusGeneratorTest {

    private static final int ARTICLES = 300;

    @TempDir
    static Path folder;
    private static ArticleStore store;
    private static ArticleIndex index;
    private static final StoreCorpusGenerator GENERATOR = new StoreCorpusGenerator(7);
    private static List<Article> written;

    @BeforeAll
    static void fill() {
        store = JdbiArticleStore.open("jdbc:h2:file:" + folder.resolve("bench").toAbsolutePath());
        index = LuceneArticleIndex.open(folder.resolve("index"));
        for (int from = 0; from < ARTICLES; from += 100) {
            store.save(GENERATOR.input(from, 100), Set.of("generated"), GENERATOR.articles(from, 100));
        }
        written = GENERATOR.articles(0, ARTICLES);
        for (Article a : written) {
            store.links().link(a.id(), a.body());
        }
        SearchIndexes.rebuild(store, index);
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    @Test
    void theSameSeedWritesTheSameArticles() {
        assertThat(new StoreCorpusGenerator(7).article(123)).isEqualTo(GENERATOR.article(123));
        assertThat(new StoreCorpusGenerator(8).article(123)).isNotEqualTo(GENERATOR.article(123));
        Article a = GENERATOR.article(5);
        a.entities().forEach(e -> e.mentions().forEach(m -> assertThat(a.body().substring(m.start(), m.end())).isEqualTo(m.text())));
    }

    @Test
    void eventsByCountryAndMonthAreTheOnesWrittenSo() {
        Map<String, Integer> expected = new HashMap<>();
        for (Article a : written) {
            for (Event e : a.events()) {
                Set<String> countries = new LinkedHashSet<>();
                countries.add(e.place().country());
                e.actors().forEach(p -> countries.add(p.country()));
                e.targets().forEach(p -> countries.add(p.country()));
                String month = e.date().value().substring(0, 7);
                countries.forEach(c -> expected.merge(c + " " + month, 1, Integer::sum));
            }
        }
        String busiest = expected.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String country = busiest.substring(0, 2);
        java.time.YearMonth month = java.time.YearMonth.parse(busiest.substring(3));
        List<StoredEvent> found = store.events(EventQuery.all().withCountry(country)
                .withDates(month.atDay(1).toString(), month.atEndOfMonth().toString()));
        assertThat(found).hasSize(expected.get(busiest));
        assertThat(found).allSatisfy(e -> assertThat(e.event().date().value()).startsWith(month.toString()));
    }

    @Test
    void eventsWithinFiftyKilometresAreTheOnesWrittenThere() {
        Place kyiv = StoreCorpusGenerator.PLACES.get(6);
        int expected = 0;
        for (Article a : written) {
            for (Event e : a.events()) {
                if (EventMatcher.kilometres(kyiv.lat() + 0.1, kyiv.lon() - 0.1, e.place().lat(), e.place().lon()) <= 50) {
                    expected++;
                }
            }
        }
        List<StoredEvent> found = store.events(EventQuery.all(),
                new EventFilter(null, null, null, new EventFilter.Near(kyiv.lat() + 0.1, kyiv.lon() - 0.1, 50)));
        assertThat(expected).isPositive();
        assertThat(found).hasSize(expected).allSatisfy(e -> assertThat(e.event().place().name()).isEqualTo("Kyiv"));
    }

    @Test
    void anEntitysTimelineHoldsTheEventsItTookPartIn() {
        LinkedEntity party = store.links().entities(new EntityQuery("ORGANIZATION", "army", null, null, null, 1, 0)).get(0);
        List<LinkedEvent> timeline = store.links().eventsOfEntity(party.id(), 500);
        assertThat(timeline).isNotEmpty();
        for (LinkedEvent e : timeline) {
            assertThat(e.reports()).anySatisfy(r -> assertThat(names(r.event().event())).contains(party.name()));
        }
        // in time order, oldest first (as the API's entity page lists them)
        List<String> dates = timeline.stream().map(LinkedEvent::dateFrom).filter(java.util.Objects::nonNull).toList();
        assertThat(dates).isNotEmpty().isSortedAccordingTo(java.util.Comparator.naturalOrder());
        // and every event written naming the party is on it (the same event told twice is one linked event)
        long written = GeneratedCount.eventsNaming(StoreCorpusGeneratorTest.written, party.name());
        assertThat(timeline.stream().mapToInt(e -> e.reports().size()).sum()).isEqualTo((int) written);
    }

    @Test
    void aStorysEventsComeFromItsArticles() {
        Story story = store.links().stories(new StoryQuery(null, null, null, null, null, 50, 0)).stream()
                .filter(s -> s.articles().size() > 1).findFirst().orElseThrow();
        Story read = store.links().story(story.id()).orElseThrow();
        assertThat(read.articles()).hasSameSizeAs(story.articles());
        assertThat(read.timeline()).isNotEmpty();
        // the articles linked into one story are the generator's threads
        Set<Integer> threads = new HashSet<>();
        for (Story.StoryArticle a : read.articles()) {
            for (int n = 0; n < ARTICLES; n++) {
                if (StoreCorpusGenerator.id(n).equals(a.id())) {
                    threads.add(StoreCorpusGenerator.thread(n));
                }
            }
        }
        // linking put articles of one thread together (threads that share parties may be joined too)
        assertThat(threads.size()).isLessThan(read.articles().size());
        assertThat(store.links().story(-1)).isEmpty();
    }

    @Test
    void fullTextSearchFindsTheArticlesThatSayTheWord() throws Exception {
        String name = written.get(0).entities().get(0).name().split(" ")[1]; // a spokesman's family name
        long expected = written.stream().filter(a -> a.body().contains(name)).count();
        assertThat(index.search(name, 1000).total()).isEqualTo(expected);
    }

    private static Set<String> names(Event e) {
        Set<String> out = new HashSet<>();
        e.actors().stream().map(Participant::name).forEach(out::add);
        e.targets().stream().map(Participant::name).forEach(out::add);
        return out;
    }

    /** Counts over the generated articles, worked out without the store. */
    private static final class GeneratedCount {
        static long eventsNaming(List<Article> articles, String name) {
            return articles.stream().flatMap(a -> a.events().stream()).filter(e -> names(e).contains(name)).count();
        }
    }
}
