package org.sitrep.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sortable keys the store files dates under: the digits of an ISO-8601 date or time, year first, without
 * its zone ("2024-10-29T10:05Z" is "202410291005"). Digit strings compare the same under every database
 * collation, and a shorter one (a day) sorts before the longer ones it starts (the times of that day).
 */
public final class DateKeys {

    private static final Pattern ISO_PREFIX = Pattern.compile(
            "^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");
    /** A whole ISO-8601 date or time as a user writes one: a year, a month, a day, a time of that day, a zone. */
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\d{4}(?:-\\d{2}(?:-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
    /** A TIMEX week: 2025-W49, with an optional weekend (-WE) or ISO day of the week (-3). */
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(?:-(WE|[1-7]))?$");
    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    private DateKeys() {
    }

    /**
     * The key of an ISO-8601 date or time given by a user or an article ("2024-10-29", "2024-10",
     * "2024-10-29T10:05Z"), or null when it does not start with one (so a caller can refuse it).
     */
    public static String key(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO_PREFIX.matcher(iso.strip());
        if (!m.find()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int g = 1; g <= m.groupCount() && m.group(g) != null; g++) {
            key.append(m.group(g));
        }
        return key.toString();
    }

    /**
     * The key of a date a user gives to select by ("2025-12-05", "2025-12", "2025-12-05T10:00Z"), or null when
     * the whole text is not an ISO-8601 date or time ("2025/12/05", "last week").
     */
    public static String userKey(String iso) {
        return iso != null && ISO_DATE.matcher(iso.strip()).matches() && onCalendar(iso) ? key(iso) : null;
    }

    /** Whether the date's month, day and time exist: "2025-13-01", "2025-02-30" and "T25:00" do not. */
    private static boolean onCalendar(String iso) {
        Matcher m = ISO_PREFIX.matcher(iso.strip());
        if (!m.find()) {
            return false;
        }
        try {
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            LocalDate.of(Integer.parseInt(m.group(1)), month, day); // throws where the day does not exist
            return (m.group(4) == null || Integer.parseInt(m.group(4)) < 24)
                    && (m.group(5) == null || Integer.parseInt(m.group(5)) < 60)
                    && (m.group(6) == null || Integer.parseInt(m.group(6)) < 60);
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /**
     * The key of a normalised (TIMEX) date as the time and event stages write it: a week ("2025-W49") files
     * under its Monday, a weekend under its Saturday, a week day under that day; a day, month or year as
     * {@link #key} reads it; a date the text does not fix ("XXXX-WXX-3") has none.
     */
    public static String ofTimex(String value) {
        if (value == null) {
            return null;
        }
        Matcher w = WEEK.matcher(value.strip());
        if (w.matches()) {
            LocalDate day = weekDay(Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)),
                    w.group(3) == null ? DayOfWeek.MONDAY
                            : w.group(3).equals("WE") ? DayOfWeek.SATURDAY : DayOfWeek.of(Integer.parseInt(w.group(3))));
            return day == null ? null : day.format(DIGITS);
        }
        return key(value);
    }

    /** The given day of an ISO week, or null when the week does not exist. */
    static LocalDate weekDay(int year, int week, DayOfWeek day) {
        LocalDate jan4 = LocalDate.of(year, 1, 4); // always in week 1
        if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return null;
        }
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(day));
    }

    /** The day a date key (digits, year first) starts with, or null when it names no day. */
    public static LocalDate day(String key) {
        if (key == null || key.length() < 8) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(key.substring(0, 4)), Integer.parseInt(key.substring(4, 6)),
                    Integer.parseInt(key.substring(6, 8)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
