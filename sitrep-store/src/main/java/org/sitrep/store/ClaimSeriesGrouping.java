package org.sitrep.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.link.claims.ClaimSeriesKey;

/** Groups stored claims into series: the same quantity ({@link ClaimSeriesKey}) in the same story, two figures or more. */
public final class ClaimSeriesGrouping {

    private ClaimSeriesGrouping() {
    }

    /**
     * @param storyOf each claim's article's story id
     * @return the series, the one with the latest figure first; each in time order, undated figures last
     */
    public static List<ClaimSeries> group(List<StoredClaim> claims, Map<String, Long> storyOf) {
        Map<String, List<StoredClaim>> groups = new LinkedHashMap<>();
        for (StoredClaim c : claims) {
            String key = ClaimSeriesKey.of(c.claim());
            if (key != null) {
                groups.computeIfAbsent(storyOf.getOrDefault(c.articleId(), -1L) + "\t" + key, k -> new ArrayList<>()).add(c);
            }
        }
        List<ClaimSeries> out = new ArrayList<>();
        for (Map.Entry<String, List<StoredClaim>> g : groups.entrySet()) {
            if (g.getValue().size() < 2) {
                continue;
            }
            List<StoredClaim> points = new ArrayList<>(g.getValue());
            points.sort(Comparator.comparing(ClaimSeriesGrouping::dateKey, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(StoredClaim::articleId).thenComparingInt(StoredClaim::index));
            StoredClaim first = points.get(0);
            out.add(new ClaimSeries(first.claim().subject(), first.claim().unit(), storyOf.getOrDefault(first.articleId(), -1L),
                    points));
        }
        out.sort(Comparator.comparing((ClaimSeries s) -> latest(s), Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** The date a claim's figure holds for, else its article's publication date, as digits; null where neither is known. */
    static String dateKey(StoredClaim c) {
        String asOf = c.claim().asOf() == null ? null : DateKeys.ofTimex(c.claim().asOf().value());
        return asOf != null ? asOf : DateKeys.key(c.articlePublished());
    }

    private static String latest(ClaimSeries s) {
        return s.points().stream().map(ClaimSeriesGrouping::dateKey).filter(k -> k != null)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
