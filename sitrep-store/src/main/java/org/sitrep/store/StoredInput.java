package org.sitrep.store;

import java.time.Instant;
import java.util.List;

/**
 * What the store knows about one input, without its bytes (see {@link ArticleStore#rawInput}).
 *
 * @param stages     the pipeline stages it was last read with
 * @param articleIds the ids of the articles read from it, in input order
 */
public record StoredInput(long id, String contentHash, String path, String format, String url, String published,
                          Instant retrievedAt, Instant ingestedAt, List<String> stages, long byteCount,
                          List<String> articleIds) {
    public StoredInput {
        stages = List.copyOf(stages);
        articleIds = List.copyOf(articleIds);
    }
}
