package org.sitrep.annotate.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.lexicon.CalendarWords;

/**
 * The words without which a rule of {@link TimeGrammar} cannot match, so the tagger skips the
 * rules whose words a text lacks (most texts name no holiday, season or quarter) instead of
 * running every pattern over every text. A rule without triggers always runs.
 */
final class RuleTriggers {

    /** Stands for "the text has a digit" among a text's words. */
    static final String DIGIT = "#digit";

    /** Month names and their abbreviations, in lower case. */
    private static final Set<String> MONTHS = lowerCase(CalendarWords.MONTHS.words(), CalendarWords.MONTH_ABBREVIATIONS.words(), List.of());
    /** Weekday names, singular and plural ("on Mondays"), in lower case. */
    private static final Set<String> WEEKDAYS = lowerCase(CalendarWords.WEEKDAYS.words(), List.of(), CalendarWords.WEEKDAYS.words());
    private static final Set<String> UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "weekend", "weekends", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years",
            "decade", "decades", "century", "centuries");
    private static final Set<String> PERIODS = Set.of("week", "weekend", "month", "quarter", "year", "decade", "century");
    private static final Set<String> PARTS = lowerCase(CalendarWords.DAY_PARTS.words(), List.of(), List.of());
    private static final Set<String> QUARTERS = Set.of("quarter", "quarters", "qtr", "period");

    private static final Map<String, Set<String>> BY_RULE = build();

    private RuleTriggers() {
    }

    /** The words of {@code names} and {@code others}, and the plurals of {@code plurals}, in lower case. */
    private static Set<String> lowerCase(List<String> names, List<String> others, List<String> plurals) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        others.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        plurals.forEach(n -> out.add(n.toLowerCase(Locale.ROOT) + "s"));
        return Set.copyOf(out);
    }

    private static Map<String, Set<String>> build() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String rule : List.of("iso-date", "numeric-date", "year", "mid-year", "decade", "short-decade", "clock",
                "clock24")) {
            m.put(rule, Set.of(DIGIT));
        }
        for (String rule : List.of("month-day", "day-month", "month-year", "month-relative-year", "month")) {
            m.put(rule, MONTHS);
        }
        for (String rule : List.of("weekday", "every-weekday", "weekdays")) {
            m.put(rule, WEEKDAYS);
        }
        for (String rule : List.of("duration", "vague-duration", "long-duration", "coming-units", "recent-units",
                "every", "rate")) {
            m.put(rule, UNITS);
        }
        for (String rule : List.of("unit-relative", "unit-edge", "in-the-unit")) {
            m.put(rule, PERIODS);
        }
        for (String rule : List.of("quarter", "year-quarter", "latest-quarter", "quarter-ended", "year-period",
                "latest-period")) {
            m.put(rule, QUARTERS);
        }
        for (String rule : List.of("year-ended", "the-year", "year-end", "year-ago-period", "fiscal-year")) {
            m.put(rule, Set.of("year"));
        }
        m.put("anaphoric", Set.of("day", "morning", "afternoon", "evening", "night", "week", "month", "year"));
        m.put("spelled-year", Set.of("nineteen", "eighteen", "thousand"));
        m.put("century", Set.of("century"));
        m.put("relative-day", Set.of("today", "tonight", "yesterday", "tomorrow"));
        m.put("this-part", PARTS);
        m.put("the-part", PARTS);
        m.put("every-part", PARTS);
        m.put("overnight", Set.of("overnight"));
        m.put("oclock", Set.of("clock", "morning", "afternoon", "evening"));
        m.put("noon", Set.of("noon", "midnight", "midday", "midmorning", "midafternoon", "mid"));
        m.put("the-weekend", Set.of("weekend"));
        m.put("ago", Set.of("ago", "earlier", "later", "hence", "now"));
        m.put("units-ago", Set.of("ago"));
        m.put("half", Set.of("half"));
        m.put("season", Set.of("spring", "summer", "fall", "autumn", "winter"));
        m.put("holiday", Set.of("christmas", "year", "thanksgiving", "independence", "labor", "memorial", "veterans",
                "halloween", "valentine", "easter", "boxing", "election"));
        m.put("present", Set.of("now", "currently", "nowadays", "presently", "present", "days", "moment", "current"));
        m.put("past", Set.of("recently", "lately", "past"));
        m.put("future", Set.of("future", "someday", "later"));
        m.put("adverb-set", Set.of("daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly",
                "biannually", "semiannually"));
        return Map.copyOf(m);
    }

    /** The lower-cased words of a text (runs of letters or digits), and {@link #DIGIT} if it has a digit. */
    static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        int n = text.length();
        boolean digit = false;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                digit |= Character.isDigit(text.charAt(i));
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        if (digit) {
            words.add(DIGIT);
        }
        return words;
    }

    /** Whether the rule may match a text with these words. */
    static boolean mayMatch(String rule, Set<String> words) {
        Set<String> triggers = BY_RULE.get(rule);
        if (triggers == null) {
            return true;
        }
        for (String t : triggers) {
            if (words.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
