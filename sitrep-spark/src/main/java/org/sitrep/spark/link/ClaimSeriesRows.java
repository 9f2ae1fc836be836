package org.sitrep.spark.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Claim;
import org.sitrep.store.ClaimSeries;
import org.sitrep.store.ClaimSeriesGrouping;
import org.sitrep.store.StoredClaim;

/** Claim series of placed articles, grouped by the store's own rule ({@link ClaimSeriesGrouping}). */
final class ClaimSeriesRows {

    private ClaimSeriesRows() {
    }

    static List<ClaimSeriesRow> of(List<StoryInput> articles, List<StoryBlockLinker.Placement> placements) {
        Map<String, Long> storyOf = new HashMap<>();
        placements.forEach(p -> storyOf.put(p.articleId(), p.storyId()));
        List<StoredClaim> claims = new ArrayList<>();
        for (StoryInput a : articles) {
            for (int i = 0; i < a.claimsJson().size(); i++) {
                claims.add(new StoredClaim(a.articleId(), i, a.title(), a.url(), a.sourcePath(), a.published(),
                        read(a.claimsJson().get(i))));
            }
        }
        List<ClaimSeriesRow> out = new ArrayList<>();
        for (ClaimSeries s : ClaimSeriesGrouping.group(claims, storyOf)) {
            List<ClaimSeriesRow.Point> points = new ArrayList<>();
            s.points().forEach(p -> points.add(new ClaimSeriesRow.Point(p.articleId(), p.index(), p.articlePublished(),
                    ArticleJson.toJson(p.claim()))));
            out.add(new ClaimSeriesRow(s.storyId(), s.subject(), s.unit(), points));
        }
        return out;
    }

    private static Claim read(String json) {
        try {
            return ArticleJson.mapper().readValue(json, Claim.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("a claim that is not Article JSON: " + e.getOriginalMessage(), e);
        }
    }
}
