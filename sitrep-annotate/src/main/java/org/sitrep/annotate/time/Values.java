package org.sitrep.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.lexicon.CalendarWords;

/** TIMEX3 value formatting and the calendar arithmetic of news conventions. */
final class Values {

    private Values() {
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String month(int year, int month) {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    /** ISO week: 2024-W43. */
    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** 1 (January) to 12 from a month name or abbreviation. */
    static int monthNumber(String name) {
        int number = numberByPrefix(name, CalendarWords.MONTHS.words());
        if (number < 0) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return number;
    }

    /** 1 (Monday) to 7 from a weekday name. */
    static int weekdayNumber(String name) {
        int number = numberByPrefix(name, CalendarWords.WEEKDAYS.words());
        if (number < 0) {
            throw new IllegalArgumentException("not a weekday: " + name);
        }
        return number;
    }

    /**
     * The place (from 1) in {@code names} of the name whose first three letters {@code name} starts with ("Sept." is
     * September, "Tues" Tuesday), or -1.
     */
    private static int numberByPrefix(String name, List<String> names) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.size(); i++) {
            if (n.startsWith(names.get(i).substring(0, 3).toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The most recent {@code weekday} on or before {@code anchor} (news convention for a bare weekday). */
    static LocalDate weekdayOnOrBefore(LocalDate anchor, int weekday) {
        return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
    }

    static LocalDate weekdayOnOrAfter(LocalDate anchor, int weekday) {
        return anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday)));
    }

    static LocalDate weekdayBefore(LocalDate anchor, int weekday) {
        return anchor.with(TemporalAdjusters.previous(DayOfWeek.of(weekday)));
    }

    static LocalDate weekdayAfter(LocalDate anchor, int weekday) {
        return anchor.with(TemporalAdjusters.next(DayOfWeek.of(weekday)));
    }

    /** The {@code weekday} of the ISO week holding {@code anchor}. */
    static LocalDate weekdayOfWeek(LocalDate anchor, int weekday) {
        return anchor.with(DayOfWeek.of(weekday));
    }

    /**
     * The year of a month-day without a year. News looks back: the anchor's year unless that puts the
     * day more than three months ahead (then the year before) or more than ten months behind (then
     * the year after: "Jan. 5" in a December article); a clause about the future looks ahead.
     */
    static int yearOf(LocalDate anchor, int month, int day, boolean future) {
        return yearOf(anchor, month, day, future, true);
    }

    /**
     * As {@link #yearOf(LocalDate, int, int, boolean)}; a clause with no past verb ("payable Feb. 1")
     * takes a day more than six months behind as the coming one.
     */
    static int yearOf(LocalDate anchor, int month, int day, boolean future, boolean pastClause) {
        int y = anchor.getYear();
        int probe = valid(y, month, day) ? day : 28;
        long ahead = LocalDate.of(y, month, probe).toEpochDay() - anchor.toEpochDay();
        if (future) {
            return ahead < -60 ? y + 1 : y;
        }
        if (ahead > 92) {
            return y - 1;
        }
        if (ahead < -300 || (ahead < -180 && !pastClause)) {
            return y + 1;
        }
        return y;
    }

    static boolean valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        return day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }

    /** Season code (SP, SU, FA, WI) from a season word. */
    static String seasonCode(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("spring")) {
            return "SP";
        }
        if (w.startsWith("summer")) {
            return "SU";
        }
        if (w.startsWith("fall") || w.startsWith("autumn")) {
            return "FA";
        }
        return "WI";
    }

    private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

    /** Seasons numbered in order: year * 4 + index, where winter Y runs from December Y into Y+1. */
    static int seasonOrdinal(LocalDate d) {
        int m = d.getMonthValue();
        if (m <= 2) {
            return (d.getYear() - 1) * 4 + 3;
        }
        if (m == 12) {
            return d.getYear() * 4 + 3;
        }
        return d.getYear() * 4 + (m - 3) / 3;
    }

    static String season(int ordinal) {
        return year(Math.floorDiv(ordinal, 4)) + "-" + SEASONS[Math.floorMod(ordinal, 4)];
    }

    static int seasonIndex(String code) {
        for (int i = 0; i < SEASONS.length; i++) {
            if (SEASONS[i].equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
