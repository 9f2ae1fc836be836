package org.sitrep.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Writes one input and its articles (their entities, mentions, events and claims) inside the caller's transaction.
 * Rows of one kind go to the database as one batch: an article with forty mentions is one round trip for them, not
 * forty, which is most of the cost of storing on a server.
 */
final class ArticleWrites {

    private ArticleWrites() {
    }

    static SaveResult save(Handle h, RawInput input, Set<String> stages, List<Article> articles) {
        String hash = input.contentHash();
        Instant now = Instant.now();
        Optional<String> storedStages = h.createQuery("SELECT stages FROM inputs WHERE content_hash = :hash")
                .bind("hash", hash).mapTo(String.class).findOne();
        boolean inputNew = storedStages.isEmpty();
        if (inputNew) {
            h.createUpdate("INSERT INTO inputs (content_hash, path, format, url, published, retrieved_at, ingested_at,"
                            + " stages, byte_count, raw) VALUES (:hash, :path, :format, :url, :published, :retrievedAt,"
                            + " :ingestedAt, :stages, :byteCount, :raw)")
                    .bind("hash", hash)
                    .bind("path", input.path())
                    .bind("format", clip(input.format(), 16))
                    .bind("url", input.url())
                    .bind("published", clip(input.published(), 64))
                    .bind("retrievedAt", utc(input.retrievedAt()))
                    .bind("ingestedAt", utc(now))
                    .bind("stages", joinStages(stages))
                    .bind("byteCount", (long) input.bytes().length)
                    .bind("raw", input.bytes())
                    .execute();
        } else {
            Set<String> union = new LinkedHashSet<>(splitStages(storedStages.get()));
            if (union.addAll(stages)) {
                h.createUpdate("UPDATE inputs SET stages = :stages WHERE content_hash = :hash")
                        .bind("stages", joinStages(union)).bind("hash", hash).execute();
            }
        }
        long inputId = h.createQuery("SELECT id FROM inputs WHERE content_hash = :hash")
                .bind("hash", hash).mapTo(Long.class).one();

        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int position = 0;
        for (Article article : articles) {
            if (article.id() == null || article.id().isBlank()) {
                throw new IllegalStateException("article " + position + " has no id");
            }
            Optional<String> before = h.createQuery("SELECT stages FROM articles WHERE id = :id")
                    .bind("id", article.id()).mapTo(String.class).findOne();
            if (before.isEmpty()) {
                insertArticle(h, article, inputId, position, stages, now);
                added++;
            } else if (isFuller(stages, splitStages(before.get()))) {
                replaceArticle(h, article, inputId, position, stages, now);
                updated++;
            } else {
                unchanged++;
            }
            linkInput(h, article.id(), inputId);
            position++;
        }
        return new SaveResult(hash, inputNew, added, updated, unchanged);
    }

    /** A reading replaces a stored one when it has every stage the stored one had, and more. */
    private static boolean isFuller(Set<String> now, List<String> before) {
        return now.containsAll(before) && !new HashSet<>(before).containsAll(now);
    }

    private static void insertArticle(Handle h, Article a, long inputId, int position, Set<String> stages, Instant now) {
        bindArticle(h.createUpdate("INSERT INTO articles (id, input_id, position_in_input, title, published, published_key,"
                        + " published_precision, url, source_path, language, stages, stored_at, article_json)"
                        + " VALUES (:id, :inputId, :position, :title, :published, :publishedKey, :precision, :url,"
                        + " :sourcePath, :language, :stages, :storedAt, :json)"), a, inputId, position, stages, now)
                .execute();
        insertParts(h, a);
    }

    /** Replaces a stored article, its entities, mentions, events and claims in place; its links to inputs stay. */
    private static void replaceArticle(Handle h, Article a, long inputId, int position, Set<String> stages, Instant now) {
        JdbiLinkStore.forget(h, a.id()); // linked again from the fuller reading
        for (String table : List.of("event_countries", "events", "claims", "mentions", "entities")) {
            h.createUpdate("DELETE FROM " + table + " WHERE article_id = :id").bind("id", a.id()).execute();
        }
        bindArticle(h.createUpdate("UPDATE articles SET input_id = :inputId, position_in_input = :position, title = :title,"
                        + " published = :published, published_key = :publishedKey, published_precision = :precision,"
                        + " url = :url, source_path = :sourcePath, language = :language, stages = :stages,"
                        + " stored_at = :storedAt, article_json = :json WHERE id = :id"), a, inputId, position, stages, now)
                .execute();
        insertParts(h, a);
    }

    private static void insertParts(Handle h, Article a) {
        insertEntities(h, a);
        insertEvents(h, a);
        insertClaims(h, a);
    }

    private static Update bindArticle(Update update, Article a, long inputId, int position, Set<String> stages, Instant now) {
        String published = a.published() == null ? null : a.published().value();
        return update
                .bind("id", a.id())
                .bind("inputId", inputId)
                .bind("position", position)
                .bind("title", a.title())
                .bind("published", clip(published, 64))
                .bind("publishedKey", DateKeys.key(published))
                .bind("precision", a.published() == null ? null : clip(a.published().precision(), 32))
                .bind("url", a.source() == null ? null : a.source().url())
                .bind("sourcePath", a.source() == null ? null : a.source().path())
                .bind("language", clip(a.language(), 16))
                .bind("stages", joinStages(stages))
                .bind("storedAt", utc(now))
                .bind("json", ArticleJson.toJson(a));
    }

    private static void insertEntities(Handle h, Article a) {
        PreparedBatch entities = h.prepareBatch("INSERT INTO entities (article_id, entity_id, entity_type, name, title,"
                + " affiliation, country, geonameid) VALUES (:article, :entity, :type, :name, :title, :affiliation, :country,"
                + " :geonameid)");
        PreparedBatch mentions = h.prepareBatch("INSERT INTO mentions (article_id, entity_id, start_offset, end_offset,"
                + " mention_text) VALUES (:article, :entity, :start, :end, :text)");
        Set<String> seen = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.id() == null || !seen.add(e.id())) {
                continue; // an entity without an id cannot be referred to; a repeated id is the same entity
            }
            entities.bind("article", a.id())
                    .bind("entity", clip(e.id(), 32))
                    .bind("type", clip(e.type(), 32))
                    .bind("name", e.name())
                    .bind("title", e.title())
                    .bind("affiliation", e.affiliation())
                    .bind("country", clip(e.country(), 8))
                    .bind("geonameid", e.place() == null ? null : e.place().geonameid())
                    .add();
            for (Span m : e.mentions()) {
                mentions.bind("article", a.id())
                        .bind("entity", clip(e.id(), 32))
                        .bind("start", m.start())
                        .bind("end", m.end())
                        .bind("text", m.text())
                        .add();
            }
        }
        execute(entities);
        execute(mentions);
    }

    private static void insertEvents(Handle h, Article a) {
        String published = a.published() == null ? null : a.published().value();
        PreparedBatch events = h.prepareBatch("INSERT INTO events (article_id, event_index, event_id, event_type, event_mode,"
                + " acled_event_type, acled_sub_event_type, actor1_name, actor1_country, actor1_kind, actor2_name,"
                + " actor2_country, actor2_kind, place_name, place_geonameid, place_country, place_admin1, place_lat,"
                + " place_lon, geo_precision, event_date, event_date_precision, date_key, killed, injured, modality,"
                + " according_to, evidence_start, evidence_end, evidence_text, confidence, event_json, place_cell)"
                + " VALUES (:article, :index, :eventId, :type, :mode, :acledType, :acledSubType, :actor1, :actor1Country,"
                + " :actor1Kind, :actor2, :actor2Country, :actor2Kind, :place, :geonameid, :placeCountry, :admin1,"
                + " :lat, :lon, :geoPrecision, :date, :datePrecision, :dateKey, :killed, :injured, :modality,"
                + " :accordingTo, :evidenceStart, :evidenceEnd, :evidenceText, :confidence, :json, :cell)");
        PreparedBatch countries = h.prepareBatch("INSERT INTO event_countries (article_id, event_index, country)"
                + " VALUES (:article, :index, :country)");
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
            events.bind("article", a.id())
                    .bind("index", index)
                    .bind("eventId", eventId)
                    .bind("type", clip(upper(e.type()), 32))
                    .bind("mode", e.mode())
                    .bind("acledType", e.acled() == null ? null : clip(e.acled().eventType(), 64))
                    .bind("acledSubType", e.acled() == null ? null : clip(e.acled().subEventType(), 64))
                    .bind("actor1", actor == null ? null : actor.name())
                    .bind("actor1Country", actor == null ? null : clip(upper(actor.country()), 8))
                    .bind("actor1Kind", actor == null ? null : clip(actor.kind(), 64))
                    .bind("actor2", target == null ? null : target.name())
                    .bind("actor2Country", target == null ? null : clip(upper(target.country()), 8))
                    .bind("actor2Kind", target == null ? null : clip(target.kind(), 64))
                    .bind("place", p == null ? null : p.name())
                    .bind("geonameid", p == null ? null : (Long) p.geonameid())
                    .bind("placeCountry", p == null ? null : clip(upper(p.country()), 8))
                    .bind("admin1", p == null ? null : p.admin1())
                    .bind("lat", p == null ? null : (Double) p.lat())
                    .bind("lon", p == null ? null : (Double) p.lon())
                    .bind("geoPrecision", e.geoPrecision())
                    .bind("date", e.date() == null ? null : clip(e.date().value(), 64))
                    .bind("datePrecision", e.date() == null ? null : clip(e.date().precision(), 32))
                    .bind("dateKey", eventDateKey(e, published))
                    .bind("killed", e.killed())
                    .bind("injured", e.injured())
                    .bind("modality", clip(e.modality() == null ? null : e.modality().toLowerCase(Locale.ROOT), 32))
                    .bind("accordingTo", e.accordingTo() == null ? null : e.accordingTo().name())
                    .bind("evidenceStart", e.evidence() == null ? null : (Integer) e.evidence().start())
                    .bind("evidenceEnd", e.evidence() == null ? null : (Integer) e.evidence().end())
                    .bind("evidenceText", e.evidence() == null ? null : e.evidence().text())
                    .bind("confidence", e.confidence())
                    .bind("json", ArticleJson.toJson(e))
                    .bind("cell", p == null ? null : PlaceCells.of(p.lat(), p.lon()))
                    .add();
            Set<String> touched = new LinkedHashSet<>();
            if (p != null) {
                touched.add(upper(p.country()));
            }
            e.actors().forEach(actorOrTarget -> touched.add(upper(actorOrTarget.country())));
            e.targets().forEach(actorOrTarget -> touched.add(upper(actorOrTarget.country())));
            for (String country : touched) {
                if (country != null && !country.isBlank() && country.length() <= 8) {
                    countries.bind("article", a.id()).bind("index", index).bind("country", country).add();
                }
            }
            index++;
        }
        execute(events);
        execute(countries);
    }

    /**
     * The key an event sorts by: its own date where it has one, else its article's publication date (the
     * {@code date_key} column). Listings page by it, so a page's last event gives the next page's start.
     */
    static String eventDateKey(Event e, String articlePublished) {
        String dateKey = e.date() == null ? null : DateKeys.ofTimex(e.date().value());
        return clip(dateKey != null ? dateKey : DateKeys.key(articlePublished), 32);
    }

    private static void insertClaims(Handle h, Article a) {
        String publishedKey = a.published() == null ? null : DateKeys.key(a.published().value());
        PreparedBatch claims = h.prepareBatch("INSERT INTO claims (article_id, claim_index, subject, claim_value, unit,"
                + " approximate, according_to, according_to_entity, as_of, as_of_precision, date_key, evidence_start,"
                + " evidence_end, evidence_text) VALUES (:article, :index, :subject, :value, :unit, :approximate,"
                + " :accordingTo, :accordingToEntity, :asOf, :asOfPrecision, :dateKey, :evidenceStart, :evidenceEnd,"
                + " :evidenceText)");
        int index = 0;
        for (Claim c : a.claims()) {
            String asOfKey = c.asOf() == null ? null : DateKeys.ofTimex(c.asOf().value());
            claims.bind("article", a.id())
                    .bind("index", index)
                    .bind("subject", c.subject())
                    .bind("value", c.value())
                    .bind("unit", c.unit())
                    .bind("approximate", c.approximate())
                    .bind("accordingTo", c.accordingTo() == null ? null : c.accordingTo().name())
                    .bind("accordingToEntity", c.accordingTo() == null ? null : clip(c.accordingTo().entity(), 32))
                    .bind("asOf", c.asOf() == null ? null : clip(c.asOf().value(), 64))
                    .bind("asOfPrecision", c.asOf() == null ? null : clip(c.asOf().precision(), 32))
                    .bind("dateKey", clip(asOfKey != null ? asOfKey : publishedKey, 32))
                    .bind("evidenceStart", c.evidence() == null ? null : (Integer) c.evidence().start())
                    .bind("evidenceEnd", c.evidence() == null ? null : (Integer) c.evidence().end())
                    .bind("evidenceText", c.evidence() == null ? null : c.evidence().text())
                    .add();
            index++;
        }
        execute(claims);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void linkInput(Handle h, String articleId, long inputId) {
        int linked = h.createQuery("SELECT COUNT(*) FROM article_inputs WHERE article_id = :article AND input_id = :input")
                .bind("article", articleId).bind("input", inputId).mapTo(Integer.class).one();
        if (linked == 0) {
            h.createUpdate("INSERT INTO article_inputs (article_id, input_id) VALUES (:article, :input)")
                    .bind("article", articleId).bind("input", inputId).execute();
        }
    }

    static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static String joinStages(Set<String> stages) {
        return String.join(",", stages);
    }

    static List<String> splitStages(String stages) {
        return stages == null || stages.isBlank() ? List.of() : Arrays.asList(stages.split(","));
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
