package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.sitrep.model.Place;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EntityQuery;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventKey;
import org.sitrep.store.EventQuery;
import org.sitrep.store.LinkedEntity;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.Story;
import org.sitrep.store.StoryQuery;
import org.sitrep.store.search.ArticleIndex;

/**
 * The common reads, each timed alone, one at a time (the store's own time for it, without queueing): events by
 * country and month, events within 50 km of a point, an entity's timeline, a story's events, full-text search; and,
 * beside them, the newest events and a page 100 pages deep by its key. Their parameters are drawn at random from
 * what the generator writes, so each read selects some of the store and not the rest.
 */
final class StoreReadsBench {

    /** Warm-up reads of each kind before the timed ones (the JIT, the database's caches). */
    private static final int WARM_UP = 20;

    private final ArticleStore store;
    private final ArticleIndex index;
    private final Random random;

    StoreReadsBench(ArticleStore store, ArticleIndex index, Random random) {
        this.store = store;
        this.index = index;
        this.random = random;
    }

    void run(int reads, PrintWriter out) {
        List<Long> entityIds = entityIds();
        List<Long> storyIds = storyIds(out);
        List<String> countries = StoreCorpusGenerator.PLACES.stream().map(Place::country).distinct().toList();
        String[] words = {"Karimi", "Kharkiv", "shelling", "\"armed clash\"", "protest AND Lagos", "Okafor OR Mwangi",
                "humanitarian", "Baghdad", "spokesman", "Quetta"};
        time(out, "events by country and month", reads, () -> {
            YearMonth month = YearMonth.of(2025, 1 + random.nextInt(12));
            return store.events(EventQuery.all().withCountry(countries.get(random.nextInt(countries.size())))
                    .withDates(month.atDay(1).toString(), month.atEndOfMonth().toString()).page(50, 0)).size();
        });
        time(out, "events within 50 km of a point", reads, () -> {
            Place p = StoreCorpusGenerator.PLACES.get(random.nextInt(StoreCorpusGenerator.PLACES.size()));
            return store.events(EventQuery.all().page(50, 0),
                    new EventFilter(null, null, null, new EventFilter.Near(p.lat() + 0.1, p.lon() - 0.1, 50))).size();
        });
        time(out, "an entity's timeline (50 events)", reads,
                () -> store.links().eventsOfEntity(entityIds.get(random.nextInt(entityIds.size())), 50).size());
        time(out, "a story's events", reads, () -> store.links().story(storyIds.get(random.nextInt(storyIds.size())))
                .map(s -> s.timeline().size()).orElse(0));
        time(out, "full-text search (20 hits)", reads, () -> {
            try {
                return index.search(words[random.nextInt(words.length)], 20).hits().size();
            } catch (org.sitrep.store.search.QuerySyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        time(out, "newest events (50)", reads, () -> store.events(EventQuery.all().page(50, 0)).size());
        EventKey deep = deepKey();
        time(out, "events 100 pages deep, by key", reads, () -> store.events(EventQuery.all().page(50, 0).after(deep)).size());
    }

    /** The key of the 5,000th event: where page 101 of 50 starts. */
    private EventKey deepKey() {
        EventKey after = null;
        for (int page = 0; page < 100; page++) {
            List<StoredEvent> events = store.events(EventQuery.all().page(50, 0).after(after));
            if (events.isEmpty()) {
                break;
            }
            after = EventKey.of(events.get(events.size() - 1));
        }
        return after;
    }

    /** Linked entities to ask timelines of: the made-up parties, found by name (not timed). */
    private List<Long> entityIds() {
        List<Long> ids = new ArrayList<>();
        for (String body : new String[] {"army", "police", "militia", "rebel front", "border guard"}) {
            for (LinkedEntity e : store.links().entities(new EntityQuery("ORGANIZATION", body, null, null, null, 10, 0))) {
                ids.add(e.id());
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the store holds none of the made-up parties: is it one bench-store filled?");
        }
        return ids;
    }

    /** Stories to read: those of a few countries' entities (not timed; the listing is printed for what it costs). */
    private List<Long> storyIds(PrintWriter out) {
        long start = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (String country : List.of("UA", "AF", "NG")) {
            store.links().stories(new StoryQuery(null, country, null, "2025-06-01", "2025-06-30", 20, 0))
                    .forEach(s -> ids.add(s.id()));
        }
        out.printf(Locale.ROOT, "(listing stories of three countries in a month, to pick some: %.0f ms each)%n",
                (System.nanoTime() - start) / 3e6);
        if (ids.isEmpty()) {
            throw new IllegalStateException("the store holds no stories: is it one bench-store filled?");
        }
        return ids;
    }

    private void time(PrintWriter out, String label, int reads, Supplier<Integer> read) {
        LatencySample sample = new LatencySample();
        int found = 0;
        for (int i = 0; i < WARM_UP + reads; i++) {
            long start = System.nanoTime();
            try {
                int n = read.get();
                if (i >= WARM_UP) {
                    sample.add(System.nanoTime() - start);
                    found += n;
                }
            } catch (RuntimeException e) {
                sample.fail(e.getMessage());
            }
        }
        out.println(sample.line(label) + String.format(Locale.ROOT, "  (%.1f rows each)", found / (double) reads));
        out.flush();
    }
}
