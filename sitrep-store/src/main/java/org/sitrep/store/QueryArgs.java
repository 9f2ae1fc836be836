package org.sitrep.store;

import java.util.Locale;

/**
 * The argument checks and clean-ups the store's query records share, so that every listing refuses a bad page or date
 * with the same words and reads a blank filter as no filter alike.
 */
final class QueryArgs {

    private QueryArgs() {
    }

    /** Refuses a negative page size or start. */
    static void checkPage(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    /** Refuses a page as {@link #checkPage} does, then a since or until that is not an ISO-8601 date (null: none). */
    static void checkPageAndDates(int limit, int offset, String since, String until) {
        checkPage(limit, offset);
        checkDate(since);
        checkDate(until);
    }

    private static void checkDate(String date) {
        if (date != null && DateKeys.userKey(date) == null) {
            throw new IllegalArgumentException("not an ISO-8601 date: '" + date + "'");
        }
    }

    /** A text filter stripped, or null where it is null or blank (a blank filter matches everything). */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A code filter (a country, a type) stripped and in upper case, or null where it is null or blank. */
    static String code(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
