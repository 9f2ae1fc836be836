package org.sitrep.spark.link;

import java.io.Serializable;
import java.util.List;

/**
 * Claims about one quantity in one story, a row of the link job's {@code claim_series} output: two figures or more,
 * in time order (the date the figure holds for, else its article's publication; undated last), each as its
 * article gives it, so a figure that moved shows who moved it.
 */
public record ClaimSeriesRow(long storyId, String subject, String unit, List<Point> points) implements Serializable {

    public ClaimSeriesRow {
        points = List.copyOf(points);
    }

    /** One figure: the claim as its article reads it (value, hedge, source, date, evidence span). */
    public record Point(String articleId, int claimIndex, String articlePublished, String claimJson)
            implements Serializable {
    }
}
