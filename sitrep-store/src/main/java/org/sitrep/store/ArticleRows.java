package org.sitrep.store;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * The rows an article is stored as, column by column: the article, its entities and mentions, its events and the
 * countries each touches, its claims. The store's own save binds them to INSERTs ({@link ArticleWrites}) and the bulk
 * load copies them ({@link PostgresBulkLoad}); one mapping, so that an article loaded either way reads the same.
 */
final class ArticleRows {

    /** A table the rows go to, with its columns in the order of a row's values. */
    record Table(String name, List<String> columns) {

        Table(String name, String... columns) {
            this(name, List.of(columns));
        }

        /** {@code name (column, ...)}: what follows INSERT INTO or COPY. */
        String named() {
            return name + " (" + String.join(", ", columns) + ")";
        }

        /** An INSERT of one row, its values bound by position. */
        String insert() {
            return "INSERT INTO " + named() + " VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        }

        /** An UPDATE of every other column of the row whose first column (its key) is bound last; see {@link #keyLast}. */
        String updateByKey() {
            List<String> set = columns.subList(1, columns.size()).stream().map(c -> c + " = ?").toList();
            return "UPDATE " + name + " SET " + String.join(", ", set) + " WHERE " + columns.get(0) + " = ?";
        }
    }

    static final Table ARTICLES = new Table("articles", "id", "input_id", "position_in_input", "title", "published",
            "published_key", "published_precision", "url", "source_path", "language", "stages", "stored_at", "article_json");
    static final Table ENTITIES = new Table("entities", "article_id", "entity_id", "entity_type", "name", "title",
            "affiliation", "country", "geonameid");
    static final Table MENTIONS = new Table("mentions", "article_id", "entity_id", "start_offset", "end_offset", "mention_text");
    static final Table EVENTS = new Table("events", "article_id", "event_index", "event_id", "event_type", "event_mode",
            "acled_event_type", "acled_sub_event_type", "actor1_name", "actor1_country", "actor1_kind", "actor2_name",
            "actor2_country", "actor2_kind", "place_name", "place_geonameid", "place_country", "place_admin1", "place_lat",
            "place_lon", "geo_precision", "event_date", "event_date_precision", "date_key", "killed", "injured", "modality",
            "according_to", "evidence_start", "evidence_end", "evidence_text", "confidence", "event_json", "place_cell");
    static final Table EVENT_COUNTRIES = new Table("event_countries", "article_id", "event_index", "country");
    static final Table CLAIMS = new Table("claims", "article_id", "claim_index", "subject", "claim_value", "unit",
            "approximate", "according_to", "according_to_entity", "as_of", "as_of_precision", "date_key", "evidence_start",
            "evidence_end", "evidence_text");

    /** Where the rows of an article's parts go, one at a time, a part's row before the rows that refer to it. */
    @FunctionalInterface
    interface Sink {
        void row(Table table, Object... values);
    }

    private ArticleRows() {
    }

    /** The article's own row ({@link #ARTICLES}), {@code position} its place in its input. */
    static Object[] article(Article a, long inputId, int position, String stages, OffsetDateTime storedAt) {
        String published = a.published() == null ? null : a.published().value();
        return new Object[] {a.id(), inputId, position, a.title(), clip(published, 64), DateKeys.key(published),
                a.published() == null ? null : clip(a.published().precision(), 32), a.source() == null ? null : a.source().url(),
                a.source() == null ? null : a.source().path(), clip(a.language(), 16), stages, storedAt, ArticleJson.toJson(a)};
    }

    /** The value row of {@link Table#updateByKey}: the row without its key, then the key. */
    static Object[] keyLast(Object[] row) {
        Object[] out = new Object[row.length];
        System.arraycopy(row, 1, out, 0, row.length - 1);
        out[row.length - 1] = row[0];
        return out;
    }

    /** The rows of the article's entities, mentions, events, their countries and claims, in that order. */
    static void parts(Article a, Sink sink) {
        entities(a, sink);
        events(a, sink);
        claims(a, sink);
    }

    private static void entities(Article a, Sink sink) {
        Set<String> seen = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.id() == null || !seen.add(e.id())) {
                continue; // an entity without an id cannot be referred to; a repeated id is the same entity
            }
            sink.row(ENTITIES, a.id(), clip(e.id(), 32), clip(e.type(), 32), e.name(), e.title(), e.affiliation(),
                    clip(e.country(), 8), e.place() == null ? null : e.place().geonameid());
            for (Span m : e.mentions()) {
                sink.row(MENTIONS, a.id(), clip(e.id(), 32), m.start(), m.end(), m.text());
            }
        }
    }

    private static void events(Article a, Sink sink) {
        String published = a.published() == null ? null : a.published().value();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Event e : a.events()) {
            String base = e.id() == null || e.id().isBlank() ? "ev" + (index + 1) : clip(e.id().strip(), 28);
            String eventId = base;
            for (int n = 2; !ids.add(eventId); n++) {
                eventId = base + "-" + n; // ids name events in exports, so a repeated one is told apart
            }
            Participant actor = e.actors().isEmpty() ? null : e.actors().get(0);
            Participant target = e.targets().isEmpty() ? null : e.targets().get(0);
            Place p = e.place();
            sink.row(EVENTS, a.id(), index, eventId, clip(upper(e.type()), 32), e.mode(),
                    e.acled() == null ? null : clip(e.acled().eventType(), 64),
                    e.acled() == null ? null : clip(e.acled().subEventType(), 64),
                    actor == null ? null : actor.name(), actor == null ? null : clip(upper(actor.country()), 8),
                    actor == null ? null : clip(actor.kind(), 64),
                    target == null ? null : target.name(), target == null ? null : clip(upper(target.country()), 8),
                    target == null ? null : clip(target.kind(), 64),
                    p == null ? null : p.name(), p == null ? null : p.geonameid(), p == null ? null : clip(upper(p.country()), 8),
                    p == null ? null : p.admin1(), p == null ? null : p.lat(), p == null ? null : p.lon(), e.geoPrecision(),
                    e.date() == null ? null : clip(e.date().value(), 64), e.date() == null ? null : clip(e.date().precision(), 32),
                    eventDateKey(e, published), e.killed(), e.injured(),
                    clip(e.modality() == null ? null : e.modality().toLowerCase(Locale.ROOT), 32),
                    e.accordingTo() == null ? null : e.accordingTo().name(),
                    e.evidence() == null ? null : e.evidence().start(), e.evidence() == null ? null : e.evidence().end(),
                    e.evidence() == null ? null : e.evidence().text(), e.confidence(), ArticleJson.toJson(e),
                    p == null ? null : PlaceCells.of(p.lat(), p.lon()));
            Set<String> touched = new LinkedHashSet<>();
            if (p != null) {
                touched.add(upper(p.country()));
            }
            e.actors().forEach(actorOrTarget -> touched.add(upper(actorOrTarget.country())));
            e.targets().forEach(actorOrTarget -> touched.add(upper(actorOrTarget.country())));
            for (String country : touched) {
                if (country != null && !country.isBlank() && country.length() <= 8) {
                    sink.row(EVENT_COUNTRIES, a.id(), index, country);
                }
            }
            index++;
        }
    }

    /**
     * The key an event sorts by: its own date where it has one, else its article's publication date (the
     * {@code date_key} column). Listings page by it, so a page's last event gives the next page's start.
     */
    static String eventDateKey(Event e, String articlePublished) {
        String dateKey = e.date() == null ? null : DateKeys.ofTimex(e.date().value());
        return clip(dateKey != null ? dateKey : DateKeys.key(articlePublished), 32);
    }

    private static void claims(Article a, Sink sink) {
        String publishedKey = a.published() == null ? null : DateKeys.key(a.published().value());
        int index = 0;
        for (Claim c : a.claims()) {
            String asOfKey = c.asOf() == null ? null : DateKeys.ofTimex(c.asOf().value());
            sink.row(CLAIMS, a.id(), index, c.subject(), c.value(), c.unit(), c.approximate(),
                    c.accordingTo() == null ? null : c.accordingTo().name(),
                    c.accordingTo() == null ? null : clip(c.accordingTo().entity(), 32),
                    c.asOf() == null ? null : clip(c.asOf().value(), 64), c.asOf() == null ? null : clip(c.asOf().precision(), 32),
                    clip(asOfKey != null ? asOfKey : publishedKey, 32),
                    c.evidence() == null ? null : c.evidence().start(), c.evidence() == null ? null : c.evidence().end(),
                    c.evidence() == null ? null : c.evidence().text());
            index++;
        }
    }

    static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
