package org.sitrep.store.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.ArticleJson;
import org.sitrep.store.StoredClaim;
import org.sitrep.store.StoredEvent;

/**
 * Events and claims as JSON Lines: one object per line, the event (or claim) as the Article JSON writes it, after
 * the fields naming its article: {@code article_id}, {@code article_title}, {@code article_url},
 * {@code article_published}, {@code source_path}, and the event's id in the store ({@code event_id}, which is the
 * event's own id where it has one) or the claim's position in its article ({@code claim_index}).
 */
public final class JsonLines {

    private JsonLines() {
    }

    public static String event(StoredEvent stored) {
        ObjectNode line = article(stored.articleId(), stored.articleTitle(), stored.articleUrl(),
                stored.articlePublished(), stored.sourcePath());
        line.put("event_id", stored.eventId());
        line.setAll((ObjectNode) ArticleJson.mapper().valueToTree(stored.event()));
        return ArticleJson.toJson(line);
    }

    public static String claim(StoredClaim stored) {
        ObjectNode line = article(stored.articleId(), stored.articleTitle(), stored.articleUrl(),
                stored.articlePublished(), stored.sourcePath());
        line.put("claim_index", stored.index());
        line.setAll((ObjectNode) ArticleJson.mapper().valueToTree(stored.claim()));
        return ArticleJson.toJson(line);
    }

    private static ObjectNode article(String id, String title, String url, String published, String sourcePath) {
        ObjectNode line = ArticleJson.mapper().createObjectNode();
        line.put("article_id", id);
        line.put("article_title", title);
        line.put("article_url", url);
        line.put("article_published", published);
        line.put("source_path", sourcePath);
        return line;
    }
}
