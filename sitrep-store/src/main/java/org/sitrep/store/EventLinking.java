package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sitrep.link.events.DateRange;
import org.sitrep.link.events.EventCandidate;
import org.sitrep.link.events.EventMatcher;
import org.sitrep.link.events.EventView;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;

/**
 * Links one article's events to the events already linked from other articles (deduplication), inside the
 * caller's transaction: every event becomes a report of a linked event, an existing one where {@link EventMatcher}
 * finds the same happening, else a new one. A linked event takes the most precise place and date of its reports.
 */
final class EventLinking {

    private static final int MAX_CANDIDATES = 200;

    private final EventMatcher matcher = new EventMatcher();

    /**
     * @param entities    the article's entity ids to their linked entity ids
     * @param sourceGroup the article the events count as reports of (itself, or the article it copies)
     */
    void link(Handle h, Article article, Map<String, Long> entities, String sourceGroup) {
        String published = article.published() == null ? null : article.published().value();
        for (int index = 0; index < article.events().size(); index++) {
            Event e = article.events().get(index);
            if (e.type() == null) {
                continue;
            }
            Set<Long> actors = linked(e.actors(), entities);
            Set<Long> targets = linked(e.targets(), entities);
            DateRange when = DateRange.of(e.date(), published);
            EventView view = new EventView(article.id(), index, e.type(), actors, targets, e.place(), e.geoPrecision(),
                    when, sourceGroup);
            Optional<EventCandidate> match = matcher.match(view, candidates(h, e.type(), actors, when));
            long id;
            if (match.isPresent()) {
                id = match.get().id();
                refine(h, match.get(), e, when);
            } else {
                id = create(h, e, when);
            }
            h.createUpdate("INSERT INTO event_links (article_id, event_index, linked_event_id) VALUES (:article, :index, :id)")
                    .bind("article", article.id()).bind("index", index).bind("id", id).execute();
            addParticipants(h, id, "A", actors);
            addParticipants(h, id, "T", targets);
        }
    }

    private static Set<Long> linked(List<Participant> participants, Map<String, Long> entities) {
        Set<Long> out = new LinkedHashSet<>();
        for (Participant p : participants) {
            Long id = p.entity() == null ? null : entities.get(p.entity());
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private static long create(Handle h, Event e, DateRange when) {
        Place p = e.place();
        return h.createUpdate("INSERT INTO linked_events (event_type, event_mode, acled_event_type, acled_sub_event_type,"
                        + " place_json, place_lat, place_lon, place_country, geo_precision, date_from, date_to, date_basis, date_key)"
                        + " VALUES (:type, :mode, :acled, :acledSub, :place, :lat, :lon, :country, :precision, :from, :to, :basis, :key)")
                .bind("type", e.type()).bind("mode", e.mode())
                .bind("acled", e.acled() == null ? null : e.acled().eventType())
                .bind("acledSub", e.acled() == null ? null : e.acled().subEventType())
                .bind("place", p == null ? null : ArticleJson.toJson(p))
                .bind("lat", p == null ? null : p.lat()).bind("lon", p == null ? null : p.lon())
                .bind("country", p == null ? null : p.country()).bind("precision", e.geoPrecision())
                .bind("from", when == null ? null : when.from().toString()).bind("to", when == null ? null : when.to().toString())
                .bind("key", when == null ? null : when.from().toString().replace("-", ""))
                .bind("basis", when == null ? null : DateRange.parse(e.date() == null ? null : e.date().value()) != null ? "event" : "article")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Takes this report's place and date where they are more precise than the linked event's. */
    private static void refine(Handle h, EventCandidate c, Event e, DateRange when) {
        Place p = e.place();
        int have = c.place() == null ? 9 : c.geoPrecision() == null ? 4 : c.geoPrecision();
        int now = p == null ? 9 : e.geoPrecision() == null ? 4 : e.geoPrecision();
        if (now < have) {
            h.createUpdate("UPDATE linked_events SET place_json = :place, place_lat = :lat, place_lon = :lon,"
                            + " place_country = :country, geo_precision = :precision WHERE id = :id")
                    .bind("place", ArticleJson.toJson(p)).bind("lat", p.lat()).bind("lon", p.lon())
                    .bind("country", p.country()).bind("precision", e.geoPrecision()).bind("id", c.id()).execute();
        }
        boolean ownDate = e.date() != null && DateRange.parse(e.date().value()) != null;
        boolean haveOwnDate = "event".equals(h.createQuery("SELECT date_basis FROM linked_events WHERE id = :id")
                .bind("id", c.id()).mapTo(String.class).findOne().orElse(null));
        if (ownDate && (c.when() == null || !haveOwnDate
                || when.to().toEpochDay() - when.from().toEpochDay() < c.when().to().toEpochDay() - c.when().from().toEpochDay())) {
            h.createUpdate("UPDATE linked_events SET date_from = :from, date_to = :to, date_basis = 'event', date_key = :key WHERE id = :id")
                    .bind("from", when.from().toString()).bind("to", when.to().toString())
                    .bind("key", when.from().toString().replace("-", "")).bind("id", c.id()).execute();
        }
    }

    private static void addParticipants(Handle h, long id, String role, Set<Long> entities) {
        Set<Long> have = new HashSet<>(h.createQuery("SELECT linked_entity_id FROM linked_event_participants"
                        + " WHERE linked_event_id = :id AND participant_role = :role")
                .bind("id", id).bind("role", role).mapTo(Long.class).list());
        for (Long entity : entities) {
            if (have.add(entity)) {
                h.createUpdate("INSERT INTO linked_event_participants (linked_event_id, participant_role, linked_entity_id)"
                                + " VALUES (:id, :role, :entity)")
                        .bind("id", id).bind("role", role).bind("entity", entity).execute();
            }
        }
    }

    /**
     * The linked events of the same type with one of these actors whose days overlap these (a day's slack either side,
     * as {@link DateRange#overlaps} allows), newest first: {@link EventMatcher} merges no other, and without the dates
     * an actor named all year gave hundreds of candidates, each read in four statements, for every event linked.
     */
    private static List<EventCandidate> candidates(Handle h, String type, Set<Long> actors, DateRange days) {
        if (actors.isEmpty() || days == null) {
            return List.of(); // the matcher merges no event without a date
        }
        List<Long> ids = h.createQuery("SELECT DISTINCT p.linked_event_id FROM linked_event_participants p"
                        + " JOIN linked_events e ON e.id = p.linked_event_id"
                        + " WHERE p.participant_role = 'A' AND p.linked_entity_id IN (<actors>) AND e.event_type = :type"
                        + " AND e.date_to >= :from AND e.date_from <= :to"
                        + " ORDER BY p.linked_event_id DESC LIMIT " + MAX_CANDIDATES)
                .bindList("actors", List.copyOf(actors)).bind("type", type)
                .bind("from", days.from().minusDays(1).toString()).bind("to", days.to().plusDays(1).toString())
                .mapTo(Long.class).list();
        List<EventCandidate> out = new ArrayList<>();
        for (long id : ids) {
            Set<Long> a = participants(h, id, "A");
            Set<Long> t = participants(h, id, "T");
            Set<String> articles = new HashSet<>(h.createQuery("SELECT article_id FROM event_links WHERE linked_event_id = :id")
                    .bind("id", id).mapTo(String.class).list());
            h.createQuery("SELECT event_type, place_json, geo_precision, date_from, date_to FROM linked_events WHERE id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> {
                        String place = rs.getString("place_json");
                        Integer precision = rs.getObject("geo_precision") == null ? null : rs.getInt("geo_precision");
                        DateRange when = rs.getString("date_from") == null ? null
                                : new DateRange(java.time.LocalDate.parse(rs.getString("date_from")),
                                java.time.LocalDate.parse(rs.getString("date_to")));
                        return new EventCandidate(id, rs.getString("event_type"), a, t,
                                place == null ? null : readPlace(place), precision, when, articles);
                    })
                    .findOne().ifPresent(out::add);
        }
        return out;
    }

    private static Set<Long> participants(Handle h, long id, String role) {
        return new HashSet<>(h.createQuery("SELECT linked_entity_id FROM linked_event_participants"
                        + " WHERE linked_event_id = :id AND participant_role = :role")
                .bind("id", id).bind("role", role).mapTo(Long.class).list());
    }

    static Place readPlace(String json) {
        try {
            return ArticleJson.mapper().readValue(json, Place.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored place is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
