package org.sitrep.annotate.time;

/**
 * A normalised time expression before it is placed in the input: a TIMEX3 value, how fine
 * that value is, and its TIMEX3 type.
 *
 * @param value     TIMEX3 value: 2024-10-29, 2024-W43, 2025-10, P2M, PRESENT_REF, XXXX-WXX-3, ...
 * @param precision day, week, month, season, quarter, half, year, decade, century, hour, minute,
 *                  part-of-day, reference, or {@code unknown-anchor} when the value needed a
 *                  publication date the article does not give
 * @param type      DATE, TIME, DURATION or SET
 */
record Timex(String value, String precision, String type) {

    static final String UNKNOWN_ANCHOR = "unknown-anchor";

    static Timex date(String value, String precision) {
        return new Timex(value, precision, "DATE");
    }

    static Timex time(String value, String precision) {
        return new Timex(value, precision, "TIME");
    }

    static Timex duration(String value, String precision) {
        return new Timex(value, precision, "DURATION");
    }

    static Timex set(String value, String precision) {
        return new Timex(value, precision, "SET");
    }

    /** The same value, marked as relative because no anchor fixed it. */
    Timex unanchored() {
        return new Timex(value, UNKNOWN_ANCHOR, type);
    }
}
