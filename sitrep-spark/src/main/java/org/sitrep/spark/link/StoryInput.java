package org.sitrep.spark.link;

import java.io.Serializable;
import java.util.List;

/**
 * One article as story linking reads it: its linked entities with their weights (one per entity link), its date
 * key (publication date, else the day it was fetched), its headline and body (for syndicated copies), and its
 * claims (for claim series).
 */
public record StoryInput(long rank, String articleId, String dateKey, String title, String body, String published,
                         String url, String sourcePath, List<EntityDecision> links, List<String> claimsJson)
        implements Serializable {

    public StoryInput {
        links = List.copyOf(links);
        claimsJson = List.copyOf(claimsJson);
    }
}
