package org.sitrep.annotate.lexicon;

/**
 * The names of the calendar: months (with their abbreviations), weekdays and parts of the day. The time
 * grammar builds its patterns from them; the entity, place and quote readers tell dates from names by them.
 * Loaded on first use, once per JVM.
 */
public final class CalendarWords {

    /** January to December, capitalised, in calendar order. */
    public static final WordList MONTHS = WordList.load("months.txt");
    /** "Jan" to "Dec" without full stops; May has none. */
    public static final WordList MONTH_ABBREVIATIONS = WordList.load("month-abbreviations.txt");
    /** Monday to Sunday, capitalised. */
    public static final WordList WEEKDAYS = WordList.load("weekdays.txt");
    /** "morning", "afternoon", "evening", "night". */
    public static final WordList DAY_PARTS = WordList.load("day-parts.txt");

    private CalendarWords() {
    }

    /** A month's or a weekday's full name, in any case. */
    public static boolean isMonthOrWeekday(String word) {
        return MONTHS.contains(word) || WEEKDAYS.contains(word);
    }
}
