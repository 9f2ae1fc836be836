package org.sitrep.clean.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar days written in a piece of text, in the forms news pages write them in any language:
 * {@code 2024-05-03}, {@code 03.05.2024}, {@code 5/3/2024}, {@code 3 May 2024}, {@code May 3, 2024},
 * {@code 3. Mai 2024}, {@code 3 de mayo de 2024}, {@code 2024年5月3日}, {@code 2024년 5월 3일}. Month names come from
 * {@link MonthNames}. Only whole days are read (a month and year alone fix no day), and only days between
 * {@code earliest} and {@code latest}: a page's date is never after it was retrieved.
 */
public final class TextDates {

    /** A day found in the text, with its characters. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final String WORD = "(\\p{L}[\\p{L}\\p{M}]{2,11})\\.?";
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})\\s?([-/.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{1,2})(?!\\d)");
    private static final Pattern CJK = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern DAY_FIRST_NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s+(?:de\\s+)?" + WORD + ",?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final LocalDate earliest;
    private final LocalDate latest;
    private final String language;

    /**
     * @param language the page's language (ISO 639-1, may be null): it decides whose month names come first, and
     *                 that English pages write {@code 5/3/2024} month first
     */
    public TextDates(LocalDate earliest, LocalDate latest, String language) {
        this.earliest = earliest;
        this.latest = latest;
        this.language = language;
    }

    /** Every plausible day in the text, in text order (forms never overlap: a span is read once). */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        Matcher m = YEAR_FIRST.matcher(text);
        while (m.find()) {
            add(found, taken, m, day(m.group(1), Integer.parseInt(m.group(3)), m.group(4)));
        }
        m = CJK.matcher(text);
        while (m.find()) {
            add(found, taken, m, day(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        }
        m = DAY_FIRST_NUMERIC.matcher(text);
        while (m.find()) {
            add(found, taken, m, numeric(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(2),
                    m.group(4)));
        }
        // the month names are loaded only for a text that may hold one
        MonthNames months = MonthNames.all();
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = months.month(m.group(2), language);
            if (month > 0) {
                add(found, taken, m, day(m.group(3), month, m.group(1)));
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            int month = months.month(m.group(1), language);
            if (month > 0) {
                add(found, taken, m, day(m.group(3), month, m.group(2)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The first plausible day in the text, or null. */
    public LocalDate first(String text) {
        List<Found> all = find(text);
        return all.isEmpty() ? null : all.get(0).date();
    }

    /** Whether a day lies in the bounds a page's date can have. */
    public boolean plausible(LocalDate date) {
        return date != null && !date.isBefore(earliest) && !date.isAfter(latest);
    }

    private void add(List<Found> found, boolean[] taken, Matcher m, LocalDate date) {
        if (!plausible(date)) {
            return;
        }
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        found.add(new Found(date, m.start(), m.end()));
    }

    /** 03.05.2024 is day first everywhere; 5/3/2024 is month first on English pages unless a part is over 12. */
    private LocalDate numeric(int a, int b, String separator, String year) {
        boolean monthFirst = separator.equals("/") && "en".equals(language);
        if (a > 12 && b <= 12) {
            monthFirst = false;
        } else if (b > 12 && a <= 12) {
            monthFirst = true;
        }
        return monthFirst ? day(year, a, String.valueOf(b)) : day(year, b, String.valueOf(a));
    }

    private static LocalDate day(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
