package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.model.Place;
import org.sitrep.store.Area;
import org.sitrep.store.EntityQuery;
import org.sitrep.store.LinkStore;
import org.sitrep.store.LinkedEntity;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.LinkedEventQuery;
import org.sitrep.store.Story;
import org.sitrep.store.StoryQuery;
import org.sitrep.store.export.IsoCountries;

/**
 * Reads a report's query as, in this order, a story (its id, or words all in its title or one of its articles'
 * titles), an actor (a linked person, organisation or group, by any of its names) or a place (a country by code or
 * name, or a linked place by name: the events in it). The dates narrow the events, not what the query names.
 */
final class SubjectResolver {

    /** How far from a town or a feature its events may lie, and from a region's centre. */
    static final double TOWN_KM = 30;
    static final double REGION_KM = 250;

    private final LinkStore links;
    private final String since;
    private final String until;

    SubjectResolver(LinkStore links, String since, String until) {
        this.links = links;
        this.since = since;
        this.until = until;
    }

    Scope resolve(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new NoSuchSubjectException("the query is empty: name a story, an actor or a place");
        }
        return story(q).or(() -> actor(q)).or(() -> place(q)).orElseThrow(() -> new NoSuchSubjectException(
                "nothing stored matches '" + q + "': no story's title has these words, and no actor or place has this name"
                        + (since != null || until != null ? " in the dates given" : "")));
    }

    private Optional<Scope> story(String q) {
        // a story is named whatever the dates: they narrow what the report shows of it, not which story it is
        Story found = null;
        String how = null;
        if (q.matches("\\d{1,18}")) {
            found = links.story(Long.parseLong(q)).orElse(null);
            how = "by its id";
        }
        Set<String> words = words(q);
        if (found == null && !words.isEmpty()) {
            // the store narrows to titles containing each word (as text); here whole words count. The story's own
            // title first, then its articles' titles; stories come most recently continued first
            List<Story> stories = links.stories(StoryQuery.all().withTitleContaining(List.copyOf(words)));
            found = stories.stream().filter(s -> words(s.title()).containsAll(words)).findFirst()
                    .or(() -> stories.stream().filter(s -> s.articles().stream()
                            .anyMatch(a -> words(a.title()).containsAll(words))).findFirst()).orElse(null);
            how = "by the words of its title";
        }
        if (found == null) {
            return Optional.empty();
        }
        Set<Long> timeline = new LinkedHashSet<>();
        found.timeline().forEach(t -> timeline.add(t.eventId()));
        List<LinkedEvent> events = links.linkedEvents(dated().ofStory(found.id())).stream()
                .filter(e -> timeline.contains(e.id())).toList();
        List<String> articles = found.articles().stream().map(Story.StoryArticle::id).toList();
        return Optional.of(new Scope(new ReportSubject(ReportSubject.Kind.STORY, found.title(), Long.toString(found.id()),
                "story " + found.id() + ", " + how + " (" + SummaryWriter.count(found.articles().size(), "article") + ")"), found.id(), articles,
                events, List.of()));
    }

    private Optional<Scope> actor(String q) {
        List<LinkedEntity> named = links.entities(new EntityQuery(null, q, null, null, null, 0, 0)).stream()
                .filter(e -> !"PLACE".equals(e.kind())).toList();
        Optional<LinkedEntity> found = named.stream().filter(e -> names(e).contains(lower(q))).findFirst()
                .or(() -> named.stream().findFirst());
        return found.map(e -> {
            List<LinkedEvent> events = links.linkedEvents(dated().withParticipant(e.id())).stream()
                    .filter(ev -> ev.actors().contains(e.name()) || ev.targets().contains(e.name())).toList();
            return new Scope(new ReportSubject(ReportSubject.Kind.ACTOR, e.name(), Long.toString(e.id()),
                    "actor " + e.id() + " (" + e.kind().toLowerCase(Locale.ROOT).replace('_', ' ') + "), by "
                            + (names(e).contains(lower(q)) ? "its name" : "a name containing '" + q + "'")),
                    null, union(e.articleIds(), events), events, List.copyOf(names(e)));
        });
    }

    private Optional<Scope> place(String q) {
        Optional<IsoCountries.Country> country = IsoCountries.find(q);
        List<LinkedEntity> places = links.entities(new EntityQuery("PLACE", q, null, null, null, 0, 0));
        Optional<LinkedEntity> place = places.stream().filter(e -> names(e).contains(lower(q))).findFirst()
                .or(() -> places.stream().findFirst());
        if (country.isEmpty()) {
            country = place.map(LinkedEntity::place).filter(p -> "country".equals(p.kind())).flatMap(p -> IsoCountries.byCode(p.country()));
        }
        if (country.isPresent()) {
            String code = country.get().alpha2();
            List<LinkedEvent> events = links.linkedEvents(new LinkedEventQuery(since, until, null, null, code, null, null, null, 0, 0))
                    .stream().filter(e -> e.place() != null && code.equals(e.place().country())).toList();
            List<String> named = place.filter(e -> code.equals(e.country())).map(LinkedEntity::articleIds).orElse(List.of());
            if (events.isEmpty() && named.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Scope(new ReportSubject(ReportSubject.Kind.PLACE, country.get().name(), code,
                    "the country " + code + ": the events placed in it"), null, union(named, events), events, List.of()));
        }
        return place.filter(e -> e.place() != null).map(e -> {
            Place p = e.place();
            double km = "city".equals(p.kind()) || "feature".equals(p.kind()) ? TOWN_KM : REGION_KM;
            List<LinkedEvent> events = links.linkedEvents(new LinkedEventQuery(since, until, null, null, null, null,
                    Area.near(p.lat(), p.lon(), km), null, 0, 0));
            return new Scope(new ReportSubject(ReportSubject.Kind.PLACE, e.name(), Long.toString(p.geonameid()),
                    "the place " + p.name() + (p.country() == null ? "" : ", " + p.country()) + ": the events within "
                            + (int) km + " km of it"), null, union(e.articleIds(), events), events, List.of());
        });
    }

    /** Every linked event in the report's dates; narrowed by each kind of subject. */
    private LinkedEventQuery dated() {
        return new LinkedEventQuery(since, until, null, null, null, null, null, null, 0, 0);
    }

    private static List<String> union(List<String> articles, List<LinkedEvent> events) {
        Set<String> all = new LinkedHashSet<>(articles);
        events.forEach(e -> e.reports().forEach(r -> all.add(r.event().articleId())));
        return new ArrayList<>(all);
    }

    private static Set<String> names(LinkedEntity e) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(Stream.of(e.name()), e.aliases().stream()).forEach(n -> names.add(lower(n)));
        return names;
    }

    /** The words of a text, lower case, split at anything not a letter or digit ("Korea’s" gives "korea" and "s"). */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            for (String w : lower(text).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
