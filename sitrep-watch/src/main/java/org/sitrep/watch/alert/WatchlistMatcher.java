package org.sitrep.watch.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Span;
import org.sitrep.store.watch.Watchlist;

/** Whether an event meets every filter a watchlist sets. */
public final class WatchlistMatcher {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private WatchlistMatcher() {
    }

    public static boolean matches(Watchlist w, Event e) {
        return actorMatches(w.actor(), e) && countryMatches(w.country(), e) && typeMatches(w.eventType(), e)
                && placeMatches(w, e) && textMatches(w.text(), e);
    }

    private static boolean actorMatches(String actor, Event e) {
        if (actor == null) {
            return true;
        }
        String wanted = actor.toLowerCase(Locale.ROOT);
        return participants(e).stream().anyMatch(p -> p.name() != null && p.name().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static boolean countryMatches(String country, Event e) {
        if (country == null) {
            return true;
        }
        if (e.place() != null && country.equalsIgnoreCase(e.place().country())) {
            return true;
        }
        return participants(e).stream().anyMatch(p -> country.equalsIgnoreCase(p.country()));
    }

    private static boolean typeMatches(String type, Event e) {
        return type == null || type.equalsIgnoreCase(e.type())
                || (e.acled() != null && type.equalsIgnoreCase(e.acled().eventType()));
    }

    private static boolean placeMatches(Watchlist w, Event e) {
        if (w.lat() == null) {
            return true;
        }
        return e.place() != null && distanceKm(w.lat(), w.lon(), e.place().lat(), e.place().lon()) <= w.radiusKm();
    }

    /** Every word of the query in the event's evidence (any of its tellings), any case. */
    private static boolean textMatches(String text, Event e) {
        if (text == null) {
            return true;
        }
        StringBuilder evidence = new StringBuilder();
        if (e.evidence() != null && e.evidence().text() != null) {
            evidence.append(e.evidence().text()).append('\n');
        }
        for (Span m : e.mentions()) {
            if (m.text() != null) {
                evidence.append(m.text()).append('\n');
            }
        }
        String haystack = evidence.toString().toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static List<Participant> participants(Event e) {
        List<Participant> all = new ArrayList<>(e.actors());
        all.addAll(e.targets());
        return all;
    }

    /** Great-circle distance (haversine) in kilometres. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
