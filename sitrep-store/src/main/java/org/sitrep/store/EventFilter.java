package org.sitrep.store;

/**
 * Filters on stored events beyond {@link EventQuery}'s, for the server's readers: who took part, which words
 * the event's text holds, and where it happened. Null parts match everything.
 *
 * @param actor   events whose first actor or first target is named with this, ignoring case ("Taliban")
 * @param text    events whose evidence sentence, mode, place or first actor or target holds this, ignoring case
 * @param box     events placed inside this box
 * @param near    events placed within this distance of a point
 */
public record EventFilter(String actor, String text, Box box, Near near) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null);

    public EventFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether this filter selects anything less than all. */
    public boolean isEmpty() {
        return actor == null && text == null && box == null && near == null;
    }

    /** A latitude-longitude box; {@code west > east} crosses the antimeridian. */
    public record Box(double south, double west, double north, double east) {
        public Box {
            if (!(south >= -90 && north <= 90 && south <= north)) {
                throw new IllegalArgumentException("a box needs -90 <= south <= north <= 90");
            }
            if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
                throw new IllegalArgumentException("a box's west and east must lie between -180 and 180");
            }
        }
    }

    /** A point and a distance from it in kilometres, along the earth's surface. */
    public record Near(double lat, double lon, double km) {
        public Near {
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("a point needs -90 <= lat <= 90 and -180 <= lon <= 180");
            }
            if (!(km > 0 && km <= 20_040)) {
                throw new IllegalArgumentException("a radius must be more than 0 and at most 20040 km");
            }
        }
    }
}
