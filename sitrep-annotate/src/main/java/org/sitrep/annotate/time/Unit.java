package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.Locale;

/** A calendar unit as time expressions name it, with its TIMEX3 duration code and its value at an anchor. */
enum Unit {
    SECOND("S", true, 1, "second"),
    MINUTE("M", true, 1, "minute"),
    HOUR("H", true, 1, "hour"),
    DAY("D", false, 1, "day"),
    WEEKEND("WE", false, 1, "weekend"),
    WEEK("W", false, 1, "week"),
    MONTH("M", false, 1, "month"),
    QUARTER("Q", false, 1, "quarter"),
    YEAR("Y", false, 1, "year"),
    DECADE("Y", false, 10, "decade"),
    CENTURY("Y", false, 100, "century");

    /** Regex for a unit word, singular or plural. */
    static final String WORDS = "(?:seconds?|minutes?|hours?|days?|weekends?|weeks?|months?|quarters?|years?"
            + "|decades?|centur(?:y|ies))";

    final String code;
    final boolean timeOfDay;
    final int multiple;
    final String precision;

    Unit(String code, boolean timeOfDay, int multiple, String precision) {
        this.code = code;
        this.timeOfDay = timeOfDay;
        this.multiple = multiple;
        this.precision = precision;
    }

    static Unit of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("centur")) {
            return CENTURY;
        }
        if (w.startsWith("weekend")) {
            return WEEKEND;
        }
        for (Unit u : values()) {
            if (w.startsWith(u.name().toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        throw new IllegalArgumentException("not a unit: " + word);
    }

    /** The TIMEX3 duration of {@code count} units: P2M, PT5H, P20Y, PXW (count null: vague). */
    String duration(Integer count) {
        String t = timeOfDay ? "T" : "";
        if (this == WEEKEND) {
            return count == null ? "PXWE" : "P" + count + "WE";
        }
        if (count == null) {
            return "P" + t + "X" + code;
        }
        return "P" + t + (count * multiple) + code;
    }

    /** The duration of a count given in tenths ("2 1/2 years" is 25): P2Y6M, PT5H30M. */
    String durationTenths(int tenths) {
        if (tenths % 10 == 0) {
            return duration(tenths / 10);
        }
        int whole = tenths / 10;
        return switch (this) {
            case YEAR -> "P" + whole + "Y" + (tenths % 10) * 12 / 10 + "M";
            case DAY -> "P" + whole + "DT" + (tenths % 10) * 24 / 10 + "H";
            case HOUR -> "PT" + whole + "H" + (tenths % 10) * 6 + "M";
            case MINUTE -> "PT" + whole + "M" + (tenths % 10) * 6 + "S";
            default -> duration(null);
        };
    }

    /** The unit containing {@code day}: its day, ISO week, month, quarter, year, decade or century. */
    String valueAt(LocalDate day) {
        return switch (this) {
            case SECOND, MINUTE, HOUR, DAY -> Values.day(day);
            case WEEK -> Values.week(day);
            case WEEKEND -> Values.week(day) + "-WE";
            case MONTH -> Values.month(day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Values.year(day.getYear());
            case DECADE -> Values.year(day.getYear()).substring(0, 3);
            case CENTURY -> Values.year(day.getYear()).substring(0, 2);
        };
    }

    /** The value of this unit when nothing anchors it. */
    String unanchoredValue() {
        return switch (this) {
            case SECOND, MINUTE, HOUR, DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }

    /** {@code day} moved by {@code n} of these units. */
    LocalDate plus(LocalDate day, long n) {
        return switch (this) {
            case SECOND, MINUTE, HOUR -> day;
            case DAY -> day.plusDays(n);
            case WEEK, WEEKEND -> day.plusWeeks(n);
            case MONTH -> day.plusMonths(n);
            case QUARTER -> day.plusMonths(3 * n);
            case YEAR -> day.plusYears(n);
            case DECADE -> day.plusYears(10 * n);
            case CENTURY -> day.plusYears(100 * n);
        };
    }

    /** The precision of a date given at this unit (hours and below are reported as a day). */
    String datePrecision() {
        return timeOfDay ? "day" : precision;
    }
}
