package org.sitrep.store;

import java.time.Instant;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;

/**
 * One stored article: the columns a listing shows, and the full Article JSON as it was stored.
 *
 * @param published   the publication date (ISO-8601), or null when unknown
 * @param inputHash   the content hash of the input it was stored from
 * @param position    its order within that input
 * @param stages      the pipeline stages that produced it
 * @param json        the Article JSON, exactly as {@code sitrep annotate} printed it
 */
public record StoredArticle(String id, String title, String published, String url, String sourcePath,
                            String inputHash, int position, List<String> stages, Instant storedAt, String json) {
    public StoredArticle {
        stages = List.copyOf(stages);
    }

    /** The article itself, read back from its JSON. */
    public Article article() {
        return ArticleJson.fromJson(json);
    }
}
