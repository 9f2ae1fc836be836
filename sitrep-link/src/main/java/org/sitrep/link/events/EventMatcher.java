package org.sitrep.link.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Place;

/**
 * Decides whether an article's event reports a happening already linked from other articles. Two reports are one
 * event when all of these hold:
 * <ul>
 * <li>the same PLOVER type (or both INCIDENT);</li>
 * <li>a shared actor (the same linked entity), and where both name targets, a shared target; an event without a
 *     linked actor is never merged, since nothing says whose act it was;</li>
 * <li>dates within their precision: the days each may have happened on overlap (a day, a month, a year; an undated
 *     report, the week before its article's publication), and an event neither dated nor published is not merged;</li>
 * <li>places within their precision: the same gazetteer place, or within {@link #radiusKm} of each other for the
 *     coarser of the two precisions, or one a country the other lies in; a report without a place does not
 *     contradict one with a place;</li>
 * <li>not from the same article: one article's tellings of one happening are already one event.</li>
 * </ul>
 * Of several matching events the one with the most shared participants wins, then the oldest.
 */
public final class EventMatcher {

    /** The linked event this report is of, or empty for a new one. */
    public Optional<EventCandidate> match(EventView event, List<EventCandidate> candidates) {
        if (event.actors().isEmpty() || event.when() == null) {
            return Optional.empty();
        }
        EventCandidate best = null;
        int bestShared = 0;
        for (EventCandidate c : candidates) {
            if (!c.type().equals(event.type()) || c.articleIds().contains(event.articleId()) || c.when() == null) {
                continue;
            }
            int actors = shared(event.actors(), c.actors());
            if (actors == 0) {
                continue;
            }
            int targets = shared(event.targets(), c.targets());
            if (!event.targets().isEmpty() && !c.targets().isEmpty() && targets == 0) {
                continue;
            }
            if (!event.when().overlaps(c.when()) || !samePlace(event.place(), event.geoPrecision(), c.place(), c.geoPrecision())) {
                continue;
            }
            int sharedParticipants = actors + targets;
            if (best == null || sharedParticipants > bestShared || sharedParticipants == bestShared && c.id() < best.id()) {
                best = c;
                bestShared = sharedParticipants;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How far apart two reports' places may be, in km, at ACLED's geo precision (1 a town, 2 near it or part of a region). */
    static double radiusKm(Integer precision) {
        if (precision == null || precision >= 3) {
            return 300;
        }
        return precision == 2 ? 50 : 15;
    }

    static boolean samePlace(Place a, Integer precisionA, Place b, Integer precisionB) {
        if (a == null || b == null || a.geonameid() == b.geonameid() && a.geonameid() != 0) {
            return true;
        }
        boolean aCountry = "country".equals(a.kind());
        boolean bCountry = "country".equals(b.kind());
        if (aCountry || bCountry) {
            return a.country() != null && a.country().equals(b.country());
        }
        int coarser = Math.max(precisionA == null ? 1 : precisionA, precisionB == null ? 1 : precisionB);
        return kilometres(a.lat(), a.lon(), b.lat(), b.lon()) <= radiusKm(coarser);
    }

    /** The great-circle distance between two points, in km. */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static int shared(Set<Long> a, Set<Long> b) {
        int n = 0;
        for (Long x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
