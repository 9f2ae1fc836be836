package org.sitrep.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;
import org.sitrep.model.Article;

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
                    .bind("format", ArticleRows.clip(input.format(), 16))
                    .bind("url", input.url())
                    .bind("published", ArticleRows.clip(input.published(), 64))
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
        bindAll(h.createUpdate(ArticleRows.ARTICLES.insert()), ArticleRows.article(a, inputId, position, joinStages(stages),
                utc(now))).execute();
        insertParts(h, a);
    }

    /** Replaces a stored article, its entities, mentions, events and claims in place; its links to inputs stay. */
    private static void replaceArticle(Handle h, Article a, long inputId, int position, Set<String> stages, Instant now) {
        JdbiLinkStore.forget(h, a.id()); // linked again from the fuller reading
        for (String table : List.of("event_countries", "events", "claims", "mentions", "entities")) {
            h.createUpdate("DELETE FROM " + table + " WHERE article_id = :id").bind("id", a.id()).execute();
        }
        bindAll(h.createUpdate(ArticleRows.ARTICLES.updateByKey()), ArticleRows.keyLast(ArticleRows.article(a, inputId,
                position, joinStages(stages), utc(now)))).execute();
        insertParts(h, a);
    }

    /** The article's parts as one batch a table, each table's before the tables whose rows refer to it. */
    private static void insertParts(Handle h, Article a) {
        Map<ArticleRows.Table, PreparedBatch> batches = new LinkedHashMap<>();
        ArticleRows.parts(a, (table, values) -> batches.computeIfAbsent(table, t -> h.prepareBatch(t.insert())).add(values));
        batches.values().forEach(ArticleWrites::execute);
    }

    /** Binds a row's values by position (bindArray would bind them as one SQL array). */
    private static Update bindAll(Update update, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            update.bind(i, values[i]);
        }
        return update;
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

    static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static String joinStages(Set<String> stages) {
        return String.join(",", stages);
    }

    static List<String> splitStages(String stages) {
        return stages == null || stages.isBlank() ? List.of() : Arrays.asList(stages.split(","));
    }
}
