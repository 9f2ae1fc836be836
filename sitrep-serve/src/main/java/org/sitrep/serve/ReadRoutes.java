package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ArticleJson;
import org.sitrep.store.ArticleKey;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.EventKey;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredClaim;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.export.JsonLines;

/**
 * The read-only JSON routes: articles (each as its Article JSON), an article's entities, events and claims, with
 * the command line's filters and cursor pages. A page asks the store for one item more than it shows, to know
 * whether there is a next page without counting them all.
 */
final class ReadRoutes {

    private final ArticleStore store;

    ReadRoutes(ArticleStore store) {
        this.store = store;
    }

    void articles(Context ctx) {
        int limit = Params.limit(ctx);
        ArticleKey after = Cursor.articleKey(ctx.queryParam("cursor"));
        ArticleQuery query = ArticleQuery.all().withTitleContaining(Params.text(ctx, "title"))
                .withPublished(EventParams.date(ctx, "since"), EventParams.date(ctx, "until"))
                .page(limit + 1, 0).after(after);
        List<ArticleSummary> found = store.summaries(query);
        List<ArticleSummary> shown = found.subList(0, Math.min(limit, found.size()));
        List<String> items = new ArrayList<>();
        for (ArticleSummary a : shown) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", a.id());
            item.put("title", a.title());
            item.put("published", a.published());
            item.put("url", a.url());
            item.put("source_path", a.sourcePath());
            item.put("stored_at", a.storedAt() == null ? null : a.storedAt().toString());
            items.add(Responses.object(item));
        }
        Responses.json(ctx, Responses.page(items, found.size() > limit ? Cursor.of(shown.get(limit - 1).key()) : null));
    }

    void article(Context ctx) {
        Responses.json(ctx, find(ctx).json());
    }

    /** The article's entities, each with its mentions: the Article JSON's {@code entities}. */
    void entities(Context ctx) {
        JsonNode article = read(find(ctx).json());
        ArrayNode entities = article.has("entities") && article.get("entities").isArray()
                ? (ArrayNode) article.get("entities") : ArticleJson.mapper().createArrayNode();
        ObjectNode body = ArticleJson.mapper().createObjectNode();
        body.put("article_id", article.path("id").asText());
        body.set("items", entities);
        Responses.json(ctx, ArticleJson.toJson(body));
    }

    void events(Context ctx) {
        EventParams.Filters filters = EventParams.events(ctx);
        int limit = Params.limit(ctx);
        EventKey after = Cursor.eventKey(ctx.queryParam("cursor"));
        List<StoredEvent> found = store.events(filters.query().page(limit + 1, 0).after(after), filters.filter());
        List<StoredEvent> shown = found.subList(0, Math.min(limit, found.size()));
        List<String> items = shown.stream().map(JsonLines::event).toList();
        Responses.json(ctx, Responses.page(items, found.size() > limit ? Cursor.of(EventKey.of(shown.get(limit - 1))) : null));
    }

    void claims(Context ctx) {
        ClaimQuery query = EventParams.claims(ctx);
        int limit = Params.limit(ctx);
        int start = Cursor.position(ctx.queryParam("cursor"));
        List<StoredClaim> found = store.claims(query.page(limit + 1, start));
        List<String> items = found.subList(0, Math.min(limit, found.size())).stream().map(JsonLines::claim).toList();
        Responses.json(ctx, Responses.page(items, found.size() > limit ? Cursor.of(start + limit) : null));
    }

    private StoredArticle find(Context ctx) {
        String id = Params.articleId(ctx.pathParam("id"), "the article id");
        return store.find(id).orElseThrow(() -> ApiError.notFound("no article " + id));
    }

    private static JsonNode read(String json) {
        try {
            return ArticleJson.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored article is not JSON", e);
        }
    }
}
