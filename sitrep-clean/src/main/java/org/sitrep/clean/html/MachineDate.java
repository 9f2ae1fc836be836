package org.sitrep.clean.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Published;

/**
 * Reads the machine-readable dates pages and feeds carry (ISO-8601 and its common variants,
 * RFC 1123) and keeps them as precise as they were written: a date stays a day, a time with an
 * offset keeps its offset. Dates people write in prose are not read here.
 */
final class MachineDate {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
                    + "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

    private MachineDate() {
    }

    /** The date written in {@code raw}, with {@code basis} saying where it was read; null if none. */
    static Published parse(String raw, String basis) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) {
            return fromIso(m, basis);
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return plausible(t.getYear())
                    ? new Published(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), "second", basis) : null;
        } catch (DateTimeParseException e) {
            // not RFC 1123 either
        }
        Matcher ym = YEAR_MONTH.matcher(s);
        if (ym.matches()) {
            int year = Integer.parseInt(ym.group(1));
            int month = Integer.parseInt(ym.group(2));
            if (plausible(year) && month >= 1 && month <= 12) {
                return new Published(s, "month", basis);
            }
        }
        return null;
    }

    private static Published fromIso(Matcher m, String basis) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (!plausible(date.getYear())) {
                return null;
            }
            if (m.group(4) == null) {
                return new Published(date.toString(), "day", basis);
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            boolean seconds = m.group(6) != null;
            int second = seconds ? Integer.parseInt(m.group(6)) : 0;
            String time = String.format("%sT%02d:%02d%s", date, hour, minute,
                    seconds ? String.format(":%02d", second) : "");
            // validates the time of day
            date.atTime(hour, minute, second);
            String zone = m.group(7);
            if (zone != null) {
                time += offset(zone);
            }
            return new Published(time, seconds ? "second" : "minute", basis);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String offset(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return "Z";
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        ZoneOffset offset = ZoneOffset.ofHoursMinutes(digits.charAt(0) == '-' ? -hours : hours,
                digits.charAt(0) == '-' ? -minutes : minutes);
        return offset.getId();
    }

    private static boolean plausible(int year) {
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }
}
