package org.sitrep.spark.link;

import java.io.Serializable;

/** Which linked entity one article entity was linked to, and the link's weight (what the store's entity_links row holds). */
public record EntityDecision(long rank, String articleId, String entityId, long linkedId, double weight)
        implements Serializable {
}
