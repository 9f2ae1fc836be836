package org.sitrep.spark.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.link.events.DateRange;
import org.sitrep.link.events.EventCandidate;
import org.sitrep.link.events.EventMatcher;
import org.sitrep.link.events.EventView;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * Links the events of one block (every event sharing a type and an actor with another, transitively) in ingest
 * order, as the store's {@code EventLinking} does: the candidates are the linked events of the type with one of its
 * actors, the newest 200, and {@link EventMatcher} decides; a report more precise in place or date refines the event.
 * An event without an actor is never merged and never a candidate, so it is a block of its own.
 */
final class EventBlockLinker {

    /** As the store's bound: at most this many candidate events for one report. */
    static final int MAX_CANDIDATES = 200;

    private final EventMatcher matcher = new EventMatcher();
    private final Map<Long, Linked> linked = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> byActor = new HashMap<>();

    private static final class Linked {
        final long id;
        final EventMention first;
        final Event firstEvent;
        Place place;
        String placeJson;
        Integer geoPrecision;
        DateRange when;
        String basis;
        final Set<Long> actors = new LinkedHashSet<>();
        final Set<Long> targets = new LinkedHashSet<>();
        final Set<String> articles = new HashSet<>();
        final List<LinkedEventRow.Report> reports = new ArrayList<>();

        Linked(EventMention m, Event e, DateRange when) {
            this.id = m.ref();
            this.first = m;
            this.firstEvent = e;
            this.place = e.place();
            this.placeJson = m.placeJson();
            this.geoPrecision = e.geoPrecision();
            this.when = when;
            this.basis = when == null ? null : m.ownDate() ? "event" : "article";
        }
    }

    /** Links a block's events (sorted into ingest order first); returns the linked events. */
    static List<LinkedEventRow> link(Iterable<EventMention> block) {
        List<EventMention> events = new ArrayList<>();
        block.forEach(events::add);
        events.sort(Comparator.comparingLong(EventMention::ref));
        EventBlockLinker linker = new EventBlockLinker();
        events.forEach(linker::link);
        List<LinkedEventRow> rows = new ArrayList<>();
        for (Linked l : linker.linked.values()) {
            Event e = l.firstEvent;
            Set<String> sources = new HashSet<>();
            l.reports.forEach(r -> sources.add(r.copyOf() != null ? r.copyOf() : r.articleId()));
            rows.add(new LinkedEventRow(l.id, e.type(), e.mode(), e.acled() == null ? null : e.acled().eventType(),
                    e.acled() == null ? null : e.acled().subEventType(), l.placeJson, l.geoPrecision,
                    l.when == null ? null : l.when.from().toString(), l.when == null ? null : l.when.to().toString(),
                    l.basis, List.copyOf(l.actors), List.copyOf(l.targets), sources.size(), l.reports));
        }
        return rows;
    }

    private void link(EventMention m) {
        Event e = readEvent(m.eventJson());
        DateRange when = m.dateFrom() == null ? null : new DateRange(LocalDate.parse(m.dateFrom()), LocalDate.parse(m.dateTo()));
        Set<Long> actors = new LinkedHashSet<>(m.actors());
        Set<Long> targets = new LinkedHashSet<>(m.targets());
        EventView view = new EventView(m.articleId(), m.index(), m.type(), actors, targets, e.place(), e.geoPrecision(),
                when, m.copyOf() != null ? m.copyOf() : m.articleId());
        Optional<EventCandidate> match = matcher.match(view, candidates(m.type(), actors));
        Linked l;
        if (match.isPresent()) {
            l = linked.get(match.get().id());
            refine(l, m, e, when);
        } else {
            l = new Linked(m, e, when);
            linked.put(l.id, l);
        }
        l.articles.add(m.articleId());
        l.reports.add(new LinkedEventRow.Report(m.articleId(), m.index(), m.copyOf(), m.eventJson()));
        for (Long actor : actors) {
            if (l.actors.add(actor)) {
                byActor.computeIfAbsent(actor, k -> new HashSet<>()).add(l.id);
            }
        }
        l.targets.addAll(targets);
    }

    /** Takes this report's place and date where they are more precise than the linked event's (the store's rule). */
    private static void refine(Linked l, EventMention m, Event e, DateRange when) {
        int have = l.place == null ? 9 : l.geoPrecision == null ? 4 : l.geoPrecision;
        int now = e.place() == null ? 9 : e.geoPrecision() == null ? 4 : e.geoPrecision();
        if (now < have) {
            l.place = e.place();
            l.placeJson = m.placeJson();
            l.geoPrecision = e.geoPrecision();
        }
        boolean haveOwnDate = "event".equals(l.basis);
        if (m.ownDate() && (l.when == null || !haveOwnDate || width(when) < width(l.when))) {
            l.when = when;
            l.basis = "event";
        }
    }

    private static long width(DateRange r) {
        return r.to().toEpochDay() - r.from().toEpochDay();
    }

    private List<EventCandidate> candidates(String type, Set<Long> actors) {
        Set<Long> ids = new HashSet<>();
        for (Long actor : actors) {
            ids.addAll(byActor.getOrDefault(actor, Set.of()));
        }
        return ids.stream().map(linked::get).filter(l -> l.first.type().equals(type))
                .sorted(Comparator.comparingLong((Linked l) -> l.id).reversed())
                .limit(MAX_CANDIDATES)
                .map(l -> new EventCandidate(l.id, l.first.type(), l.actors, l.targets, l.place, l.geoPrecision, l.when,
                        l.articles))
                .toList();
    }

    static Event readEvent(String json) {
        try {
            return ArticleJson.mapper().readValue(json, Event.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("an event that is not Article JSON: " + e.getOriginalMessage(), e);
        }
    }
}
