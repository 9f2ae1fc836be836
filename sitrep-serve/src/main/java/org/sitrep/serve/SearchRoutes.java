package org.sitrep.serve;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.QuerySyntaxException;
import org.sitrep.store.search.SearchIndexException;
import org.sitrep.store.search.SearchResults;

/**
 * {@code GET /api/search?q=}: full text over the stored articles through the search index ({@code sitrep search}),
 * best first, each hit with a snippet and the ranges of the matched words in it. The snippet is the article's text,
 * untrusted: JSON escapes it here, and the page builds it from text nodes.
 */
final class SearchRoutes {

    /** No page of hits reaches deeper than this into the ranking (the index ranks what it returns). */
    static final int MAX_DEPTH = 10_000;

    private final ArticleIndex index;
    private final ArticleStore store;

    SearchRoutes(ArticleIndex index, ArticleStore store) {
        this.index = index;
        this.store = store;
    }

    void search(Context ctx) {
        String q = Params.text(ctx, "q");
        if (q == null) {
            throw ApiError.badRequest("q is missing: give the words to look for (q=Spin+Boldak)");
        }
        int limit = Params.limit(ctx);
        int start = Cursor.position(ctx.queryParam("cursor"));
        if (start + limit > MAX_DEPTH) {
            throw ApiError.badRequest("cursor goes deeper than the first " + MAX_DEPTH + " hits; narrow the words instead");
        }
        if (index == null) {
            throw new ApiError(503, "this server was started without a search index");
        }
        SearchResults results;
        try {
            results = index.search(q, start + limit + 1);
        } catch (QuerySyntaxException e) {
            throw ApiError.badRequest("q cannot be read: " + Params.clip(e.getMessage()));
        } catch (SearchIndexException e) {
            throw new ApiError(503, "the search index cannot be read now; sitrep search --rebuild makes it again");
        }
        if (results.total() == 0 && index.size() == 0 && store.count(ArticleQuery.all()) > 0) {
            // an index that was lost, or never built for this store, would answer "nothing" for everything
            throw new ApiError(503, "the search index is empty though the store holds articles; sitrep search --rebuild makes it");
        }
        List<SearchResults.Hit> hits = results.hits();
        List<String> items = new ArrayList<>();
        for (SearchResults.Hit hit : hits.subList(Math.min(start, hits.size()), Math.min(start + limit, hits.size()))) {
            items.add(Responses.object(hit(hit)));
        }
        String page = Responses.page(items, hits.size() > start + limit ? Cursor.of(start + limit) : null);
        Responses.json(ctx, page.substring(0, page.length() - 1) + ",\"total\":" + results.total() + "}");
    }

    private static Map<String, Object> hit(SearchResults.Hit hit) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("article_id", hit.articleId());
        item.put("title", hit.title());
        item.put("published", hit.published());
        item.put("url", hit.url());
        item.put("source_path", hit.sourcePath());
        item.put("score", hit.score());
        item.put("snippet", hit.snippet().text());
        List<Map<String, Integer>> ranges = new ArrayList<>();
        for (SearchResults.Range r : hit.snippet().highlights()) {
            ranges.add(Map.of("start", r.start(), "end", r.end()));
        }
        item.put("highlights", ranges);
        return item;
    }
}
