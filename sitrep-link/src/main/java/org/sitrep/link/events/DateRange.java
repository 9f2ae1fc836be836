package org.sitrep.link.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.sitrep.model.DateValue;

/**
 * The days an event may have happened on, from its date and that date's precision: a day is itself, a month
 * all its days, a year all of it. An event the text does not date happened, as far as anyone can tell, in the
 * week before its article was published.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** How far back an undated event may lie before its article's publication. */
    static final int UNDATED_DAYS = 7;

    /** The range of an event's date, else of the week before its article's publication; null where neither is known. */
    public static DateRange of(DateValue date, String articlePublished) {
        DateRange own = date == null ? null : parse(date.value());
        if (own != null) {
            return own;
        }
        DateRange published = parse(articlePublished);
        return published == null ? null : new DateRange(published.to().minusDays(UNDATED_DAYS), published.to());
    }

    /** An ISO-8601 day, month or year (a time is read as its day); null for anything else (weeks, relative dates). */
    public static DateRange parse(String iso) {
        if (iso == null || iso.length() < 4) {
            return null;
        }
        try {
            if (iso.length() >= 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
                LocalDate day = LocalDate.parse(iso.substring(0, 10));
                return new DateRange(day, day);
            }
            if (iso.length() == 7 && iso.charAt(4) == '-') {
                YearMonth month = YearMonth.parse(iso);
                return new DateRange(month.atDay(1), month.atEndOfMonth());
            }
            if (iso.length() == 4 && iso.chars().allMatch(Character::isDigit)) {
                int year = Integer.parseInt(iso);
                return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Whether the two ranges share a day, allowing one day either way (time zones; "on Friday" told on Saturday). */
    public boolean overlaps(DateRange other) {
        return !from.minusDays(1).isAfter(other.to) && !other.from.minusDays(1).isAfter(to);
    }
}
