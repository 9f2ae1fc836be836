package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sitrep.link.entities.ArticleEntity;
import org.sitrep.link.entities.EntityCandidate;
import org.sitrep.link.entities.EntityKeys;
import org.sitrep.link.entities.EntityKind;
import org.sitrep.link.entities.EntityResolver;
import org.sitrep.link.entities.EntityWeights;
import org.sitrep.link.entities.NameVariants;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * Links one article's entities to the entities of the articles stored before it, inside the caller's transaction:
 * reads the candidates sharing a lookup key with each entity, lets {@link EntityResolver} decide, and writes the
 * link, the entity's names, titles and the extra mentions {@link NameVariants} found.
 */
final class EntityLinking {

    /** At most this many candidates are read for one entity (the most named first): a bound on each article's cost. */
    private static final int MAX_CANDIDATES = 50;
    /** Longer names are not kept among an entity's distinct names (see V7): none is a real name. */
    private static final int MAX_NAME = 600;

    private final EntityResolver resolver = new EntityResolver();

    /** Links the article's entities; returns each entity id's linked entity id. */
    Map<String, Long> link(Handle h, Article article, String documentText) {
        Map<String, List<Span>> variants = NameVariants.find(documentText, article.entities());
        Map<String, Double> weights = EntityWeights.of(article);
        Map<String, Long> linked = new HashMap<>();
        Set<Long> counted = new HashSet<>(); // linked entities whose article count includes this article already
        for (Entity e : article.entities()) {
            List<Span> extra = variants.getOrDefault(e.id(), List.of());
            Set<String> names = new LinkedHashSet<>();
            names.add(e.name());
            names.addAll(e.aliases());
            extra.forEach(s -> names.add(s.text()));
            names.removeIf(n -> n == null || n.isBlank());
            if (names.isEmpty()) {
                continue;
            }
            EntityKind kind = EntityKind.of(e.type());
            Long geonameid = e.place() == null || e.place().geonameid() == 0 ? null : e.place().geonameid();
            ArticleEntity entity = new ArticleEntity(e.id(), kind, e.name(), List.copyOf(names), e.country(), geonameid);
            Set<String> keys = EntityKeys.of(kind, entity.names(), geonameid);
            Optional<EntityCandidate> match = resolver.resolve(entity, candidates(h, keys));
            long id = match.map(EntityCandidate::id).orElseGet(() -> create(h, e, kind, geonameid));
            addKeys(h, id, keys);
            h.createUpdate("INSERT INTO entity_links (article_id, entity_id, linked_entity_id, weight, title, affiliation)"
                            + " VALUES (:article, :entity, :linked, :weight, :title, :affiliation)")
                    .bind("article", article.id()).bind("entity", e.id()).bind("linked", id)
                    .bind("weight", weights.getOrDefault(e.id(), 1.0)).bind("title", e.title())
                    .bind("affiliation", e.affiliation()).execute();
            if (counted.add(id)) {
                h.createUpdate("UPDATE linked_entities SET article_count = article_count + 1 WHERE id = :id")
                        .bind("id", id).execute();
            }
            for (String name : names) {
                Span at = extra.stream().filter(s -> s.text().equals(name)).findFirst().orElse(null);
                if (at == null) {
                    insertName(h, id, article.id(), name, null);
                }
            }
            extra.forEach(s -> insertName(h, id, article.id(), s.text(), s));
            linked.put(e.id(), id);
        }
        return linked;
    }


    private static void insertName(Handle h, long id, String articleId, String name, Span at) {
        h.createUpdate("INSERT INTO linked_names (linked_entity_id, article_id, name, start_offset, end_offset)"
                        + " VALUES (:id, :article, :name, :start, :end)")
                .bind("id", id).bind("article", articleId).bind("name", name)
                .bind("start", at == null ? null : at.start()).bind("end", at == null ? null : at.end()).execute();
        if (name.length() <= MAX_NAME) {
            int updated = h.createUpdate("UPDATE linked_entity_names SET uses = uses + 1 WHERE linked_entity_id = :id"
                    + " AND name = :name").bind("id", id).bind("name", name).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO linked_entity_names (linked_entity_id, name, uses) VALUES (:id, :name, 1)")
                        .bind("id", id).bind("name", name).execute();
            }
        }
    }

    /**
     * Takes back what {@link #link} counted for an article about to be forgotten, inside the caller's transaction and
     * before its entity_links and linked_names rows are deleted: the article counts and name uses (V7).
     */
    static void uncount(Handle h, String articleId) {
        h.createUpdate("UPDATE linked_entities SET article_count = article_count - 1 WHERE id IN"
                + " (SELECT linked_entity_id FROM entity_links WHERE article_id = :id)").bind("id", articleId).execute();
        List<Map.Entry<Long, String>> names = h.createQuery("SELECT linked_entity_id, name FROM linked_names"
                        + " WHERE article_id = :id").bind("id", articleId)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        for (Map.Entry<Long, String> n : names) {
            h.createUpdate("UPDATE linked_entity_names SET uses = uses - 1 WHERE linked_entity_id = :id AND name = :name")
                    .bind("id", n.getKey()).bind("name", n.getValue()).execute();
        }
        h.createUpdate("DELETE FROM linked_entity_names WHERE uses <= 0 AND linked_entity_id IN"
                + " (SELECT linked_entity_id FROM linked_names WHERE article_id = :id)").bind("id", articleId).execute();
    }

    private static long create(Handle h, Entity e, EntityKind kind, Long geonameid) {
        return h.createUpdate("INSERT INTO linked_entities (entity_kind, entity_type, name, country, geonameid, place_json,"
                        + " place_lat, place_lon) VALUES (:kind, :type, :name, :country, :geonameid, :place, :lat, :lon)")
                .bind("kind", kind.name()).bind("type", e.type()).bind("name", e.name()).bind("country", e.country())
                .bind("geonameid", geonameid)
                .bind("place", e.place() == null ? null : ArticleJson.toJson(e.place()))
                .bind("lat", e.place() == null ? null : e.place().lat())
                .bind("lon", e.place() == null ? null : e.place().lon())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static void addKeys(Handle h, long id, Set<String> keys) {
        Set<String> have = new HashSet<>(h.createQuery("SELECT link_key FROM linked_entity_keys WHERE linked_entity_id = :id")
                .bind("id", id).mapTo(String.class).list());
        for (String key : keys) {
            if (key.length() <= 300 && have.add(key)) {
                h.createUpdate("INSERT INTO linked_entity_keys (link_key, linked_entity_id) VALUES (:key, :id)")
                        .bind("key", key).bind("id", id).execute();
            }
        }
    }

    private static List<EntityCandidate> candidates(Handle h, Set<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        // counts and names are kept as they change (V7): counting them here read every article of a common entity
        List<Long> ids = h.createQuery("SELECT k.linked_entity_id FROM linked_entity_keys k"
                        + " JOIN linked_entities le ON le.id = k.linked_entity_id"
                        + " WHERE k.link_key IN (<keys>) GROUP BY k.linked_entity_id, le.article_count"
                        + " ORDER BY le.article_count DESC, k.linked_entity_id LIMIT " + MAX_CANDIDATES)
                .bindList("keys", List.copyOf(keys)).mapTo(Long.class).list();
        List<EntityCandidate> out = new ArrayList<>();
        for (long id : ids) {
            Set<String> names = new LinkedHashSet<>(h.createQuery(
                            "SELECT name FROM linked_entity_names WHERE linked_entity_id = :id")
                    .bind("id", id).mapTo(String.class).list());
            h.createQuery("SELECT entity_kind, name, country, geonameid, article_count AS articles"
                            + " FROM linked_entities le WHERE id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> {
                        names.add(rs.getString("name"));
                        Long geo = rs.getObject("geonameid") == null ? null : rs.getLong("geonameid");
                        return new EntityCandidate(id, EntityKind.valueOf(rs.getString("entity_kind")), rs.getString("name"),
                                names, rs.getString("country"), geo, rs.getInt("articles"));
                    })
                    .findOne().ifPresent(out::add);
        }
        return out;
    }
}
