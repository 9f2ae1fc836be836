package org.sitrep.store.watch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A saved query over newly stored events, and where its alerts go. Null filters match everything.
 *
 * @param id         the store's id (0 before it is stored)
 * @param name       its unique name
 * @param actor      part of an actor's or target's name, any case
 * @param country    an ISO 3166-1 alpha-2 code: the event's place's, an actor's or a target's country
 * @param eventType  a PLOVER type, INCIDENT, or one of ACLED's event types
 * @param lat        with {@code lon} and {@code radiusKm}: events placed within the radius of this point
 * @param lon        the point's longitude
 * @param radiusKm   the radius in kilometres
 * @param text       words that must all occur in the event's evidence sentence, any case
 * @param webhookUrl where alerts are POSTed as JSON, or null
 * @param emailTo    where alerts are mailed, or null
 * @param createdAt  when it was saved
 */
public record Watchlist(long id, String name, String actor, String country, String eventType, Double lat, Double lon,
                        Double radiusKm, String text, String webhookUrl, String emailTo, Instant createdAt) {

    public Watchlist {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a watchlist needs a name");
        }
        name = name.strip();
        actor = blankToNull(actor);
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        eventType = blankToNull(eventType);
        text = blankToNull(text);
        webhookUrl = blankToNull(webhookUrl);
        emailTo = blankToNull(emailTo);
        if ((lat == null) != (lon == null) || (lat == null) != (radiusKm == null)) {
            throw new IllegalArgumentException("a place filter needs a latitude, a longitude and a radius");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180 || !(radiusKm > 0))) {
            throw new IllegalArgumentException("a place filter needs -90..90, -180..180 and a radius above 0 km");
        }
        if (webhookUrl == null && emailTo == null) {
            throw new IllegalArgumentException("a watchlist needs somewhere to send its alerts: a webhook or an email address");
        }
    }

    /**
     * Its fields as users see them (the JSON of {@code sitrep watchlist list --format json} and of the API), in that
     * order, with null for an unset filter; the store's id is left out (a watchlist is named by its name).
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("actor", actor);
        fields.put("country", country);
        fields.put("type", eventType);
        fields.put("lat", lat);
        fields.put("lon", lon);
        fields.put("radius_km", radiusKm);
        fields.put("text", text);
        fields.put("webhook", webhookUrl);
        fields.put("email", emailTo);
        fields.put("created_at", createdAt == null ? null : createdAt.toString());
        return fields;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
