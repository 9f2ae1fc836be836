package org.sitrep.store;

import java.util.Locale;

/**
 * The patterns of the store's text filters for SQL's LIKE, with the filter's text taken literally: its '%' and '_'
 * escaped by '!', the escape character every such condition names ({@code LIKE :p ESCAPE '!'}). Not a backslash:
 * JDBI's statement parser takes a backslash before a quote as an escaped quote, so two {@code ESCAPE '\'} clauses in
 * one statement would hide the parameters between them.
 */
final class LikePatterns {

    private LikePatterns() {
    }

    /** Matches, compared with a lower-cased column, any text containing this one in any case. */
    static String containing(String text) {
        return "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** Matches any text that starts with this one, case kept. */
    static String startingWith(String text) {
        return escaped(text) + "%";
    }

    static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
