package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/**
 * A store as sitrep made it before events were stored (schema version 1), holding one input and one article
 * written the way that version wrote them: for the tests that an existing store migrates (shared through the
 * test jar).
 */
public final class V1Store {

    private V1Store() {
    }

    /**
     * Creates the version-1 schema in the empty database at {@code url} and stores one input (with these bytes, as
     * UTF-8) and one article read from it with the stage "clean".
     */
    public static void create(String url, String articleId, String title, String published, String inputText) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations(JdbiArticleStore.MIGRATIONS)
                .target("1")
                .loggers("slf4j")
                .load()
                .migrate();
        RawInput input = new RawInput("old.txt", "text", null, null, null, inputText.getBytes(StandardCharsets.UTF_8));
        Article article = Article.builder()
                .id(articleId)
                .source(new Source("old.txt", null, null, "text"))
                .span(new Span(0, inputText.length()))
                .title(title)
                .published(new Published(published, "day", published))
                .language("en")
                .body(inputText)
                .bodySpan(new Span(0, inputText.length()))
                .build();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Handle h = Jdbi.open(url)) {
            h.useTransaction(t -> {
                t.createUpdate("INSERT INTO inputs (content_hash, path, format, ingested_at, stages, byte_count, raw)"
                                + " VALUES (:hash, 'old.txt', 'text', :now, 'clean', :count, :raw)")
                        .bind("hash", input.contentHash()).bind("now", now).bind("count", (long) input.bytes().length)
                        .bind("raw", input.bytes()).execute();
                long inputId = t.createQuery("SELECT id FROM inputs WHERE content_hash = :hash")
                        .bind("hash", input.contentHash()).mapTo(Long.class).one();
                t.createUpdate("INSERT INTO articles (id, input_id, position_in_input, title, published, published_key,"
                                + " published_precision, source_path, language, stages, stored_at, article_json)"
                                + " VALUES (:id, :input, 0, :title, :published, :key, 'day', 'old.txt', 'en', 'clean', :now, :json)")
                        .bind("id", articleId).bind("input", inputId).bind("title", title).bind("published", published)
                        .bind("key", DateKeys.key(published)).bind("now", now).bind("json", ArticleJson.toJson(article))
                        .execute();
                t.createUpdate("INSERT INTO article_inputs (article_id, input_id) VALUES (:id, :input)")
                        .bind("id", articleId).bind("input", inputId).execute();
            });
        }
    }
}
