package org.sitrep.clean.date;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Published;

/**
 * Reads a publication time from a line of a page: "Updated 29 October 2024", "Published Oct. 29, 2024
 * 10:32 AM", "2024-10-29T08:00:00Z", and relative forms such as "Updated 7 sec ago" or "yesterday",
 * which are read against the time the page was retrieved and are unknown without it.
 * The whole line must be a date (after an optional label); a date inside a sentence is not a publication time.
 */
public final class PublicationDateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?"
            + "\\s*(?:\\(?(gmt|utc|z)\\)?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?)?)?";

    private static final Pattern LABEL = Pattern.compile(
            "^(?:last\\s+updated|first\\s+published|updated|published|posted|modified|date|created|on)\\s*(?:on|at)?\\s*[:|-]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
            "^(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})" + TIME + "$|^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + TIME + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile(
            "^(\\d+|an?|one)\\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\\s+ago$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Parses one line; empty when the line is not (only) a date, or is relative and nothing anchors it.
     *
     * @param retrievedAt when the page was fetched, or null
     */
    public Optional<Published> parseLine(String line, Instant retrievedAt) {
        String basis = line.strip().replaceAll("\\s+", " ");
        if (basis.isEmpty() || basis.length() > 80) {
            return Optional.empty();
        }
        String rest = LABEL.matcher(basis).replaceFirst("").strip();
        return parseValue(rest, retrievedAt).map(v -> new Published(v.value, v.precision, basis));
    }

    /** True when the line is a date line even if it cannot be anchored ("Updated 7 sec ago" with no retrieval time). */
    public boolean isDateLine(String line) {
        String rest = LABEL.matcher(line.strip().replaceAll("\\s+", " ")).replaceFirst("").strip();
        return AGO.matcher(rest).matches() || parseValue(rest, Instant.EPOCH).isPresent();
    }

    private record Value(String value, String precision) {
    }

    private Optional<Value> parseValue(String s, Instant retrievedAt) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> iso = iso(s);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return date(m.group(3), month(m.group(2)), m.group(1), m, 4);
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return date(m.group(3), month(m.group(1)), m.group(2), m, 4);
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            if (m.group(1) != null) {
                return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m, 4);
            }
            int a = Integer.parseInt(m.group(10));
            int b = Integer.parseInt(m.group(11));
            if (a > 12 && b <= 12) {
                return date(m.group(12), b, String.valueOf(a), m, 13);
            }
            if (b > 12 && a <= 12) {
                return date(m.group(12), a, String.valueOf(b), m, 13);
            }
            return Optional.empty(); // 03/04/2024: day and month can't be told apart
        }
        return relative(s, retrievedAt);
    }

    private static Optional<Value> iso(String s) {
        try {
            return Optional.of(new Value(OffsetDateTime.parse(s).toInstant().truncatedTo(ChronoUnit.SECONDS).toString(), "second"));
        } catch (DateTimeParseException e) {
            // not an offset date-time
        }
        try {
            return Optional.of(new Value(LocalDateTime.parse(s).truncatedTo(ChronoUnit.SECONDS).toString(), "second"));
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return Optional.of(new Value(LocalDate.parse(s).toString(), "day"));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /** A calendar date, with the time of day when the line gives one (groups from {@code timeGroup} on). */
    private static Optional<Value> date(String year, int month, String day, Matcher m, int timeGroup) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            String hour = m.group(timeGroup);
            if (hour == null) {
                return Optional.of(new Value(d.toString(), "day"));
            }
            int h = Integer.parseInt(hour);
            int min = Integer.parseInt(m.group(timeGroup + 1));
            String ampm = m.group(timeGroup + 3);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                h = (h % 12) + (pm ? 12 : 0);
            }
            LocalDateTime t = d.atTime(h, min);
            if (m.group(timeGroup + 4) != null) {
                String off = m.group(timeGroup + 5);
                ZoneOffset zone = off == null ? ZoneOffset.UTC : ZoneOffset.of(off.length() <= 3 ? off : off.replaceAll("^([+-]\\d{1,2})(\\d{2})$", "$1:$2"));
                return Optional.of(new Value(t.atOffset(zone).toInstant().toString(), "minute"));
            }
            return Optional.of(new Value(t.toString(), "minute"));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Value> relative(String s, Instant retrievedAt) {
        if (retrievedAt == null) {
            return Optional.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("just now") || lower.equals("now")) {
            return Optional.of(new Value(retrievedAt.truncatedTo(ChronoUnit.SECONDS).toString(), "minute"));
        }
        if (lower.equals("today")) {
            return Optional.of(new Value(LocalDate.ofInstant(retrievedAt, ZoneOffset.UTC).toString(), "day"));
        }
        if (lower.equals("yesterday")) {
            return Optional.of(new Value(LocalDate.ofInstant(retrievedAt, ZoneOffset.UTC).minusDays(1).toString(), "day"));
        }
        Matcher m = AGO.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        long amount = n.matches("\\d+") ? Long.parseLong(n) : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Instant t;
        String precision;
        if (unit.startsWith("s")) {
            t = retrievedAt.minusSeconds(amount);
            precision = "second";
        } else if (unit.startsWith("mo")) {
            return Optional.of(new Value(LocalDate.ofInstant(retrievedAt, ZoneOffset.UTC).minusMonths(amount).toString().substring(0, 7), "month"));
        } else if (unit.startsWith("m")) {
            t = retrievedAt.minus(Duration.ofMinutes(amount));
            precision = "minute";
        } else if (unit.startsWith("h")) {
            t = retrievedAt.minus(Duration.ofHours(amount));
            precision = "hour";
        } else if (unit.startsWith("d")) {
            return Optional.of(new Value(LocalDate.ofInstant(retrievedAt, ZoneOffset.UTC).minusDays(amount).toString(), "day"));
        } else if (unit.startsWith("w")) {
            return Optional.of(new Value(LocalDate.ofInstant(retrievedAt, ZoneOffset.UTC).minusWeeks(amount).toString(), "week"));
        } else {
            return Optional.of(new Value(String.valueOf(LocalDate.ofInstant(retrievedAt, ZoneOffset.UTC).minusYears(amount).getYear()), "year"));
        }
        return Optional.of(new Value(t.truncatedTo(ChronoUnit.SECONDS).toString(), precision));
    }
}
