package org.sitrep.store;

import java.util.List;

/**
 * Claims about the same quantity in the same story, in time order: how a figure moved and who moved it.
 *
 * @param subject the subject as the first claim words it
 * @param unit    what the figures count
 * @param storyId the story the claims' articles are in
 * @param points  the claims, by the date each holds for (else its article's date), undated last
 */
public record ClaimSeries(String subject, String unit, long storyId, List<StoredClaim> points) {
    public ClaimSeries {
        points = List.copyOf(points);
    }
}
