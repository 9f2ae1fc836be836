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
        return joined(line, stored.event());
    }

    public static String claim(StoredClaim stored) {
        ObjectNode line = article(stored.articleId(), stored.articleTitle(), stored.articleUrl(),
                stored.articlePublished(), stored.sourcePath());
        line.put("claim_index", stored.index());
        return joined(line, stored.claim());
    }

    /**
     * One object: the fields of {@code head}, then those of {@code value} as the Article JSON writes it. Written as two
     * objects joined, not through a tree of the value: events pages are the server's most common answer. Neither an
     * event nor a claim has a field of the head's names, so no name appears twice.
     */
    private static String joined(ObjectNode head, Object value) {
        String first = ArticleJson.toJson(head);
        String second = ArticleJson.toJson(value);
        if (second.equals("{}")) {
            return first;
        }
        return first.substring(0, first.length() - 1) + "," + second.substring(1);
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
