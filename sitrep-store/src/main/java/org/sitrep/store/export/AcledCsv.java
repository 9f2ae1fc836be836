package org.sitrep.store.export;

import java.io.Writer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.DateValue;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.store.DateKeys;
import org.sitrep.store.StoredEvent;

/**
 * Events as ACLED's CSV writes them, one row per event, in ACLED's columns and with ACLED's meanings, so a sheet
 * or script made for ACLED's data reads sitrep's. Only events with an ACLED type that their article says happened
 * belong here ({@link #belongs}); the store's {@code EventQuery.forAcledExport()} selects just those.
 *
 * <ul>
 * <li>{@code event_id_cnty}: the ISO alpha-3 code of the place's country ({@code XXX} without a place), the
 *     article id's first 8 characters and the event's id: {@code AFG-3f9a1c2b-ev1}, stable across exports.</li>
 * <li>{@code event_date}: ISO-8601, {@code YYYY-MM-DD}, as ACLED's API writes it and every spreadsheet reads it
 *     whatever its locale (ACLED's file exports write "05 December 2025", which spreadsheets read by locale).
 *     {@code time_precision}: 1 a day; 2 a week or weekend (the date is its middle day, Thursday, or its
 *     Saturday); 3 a month (its 15th) or coarser (quarter, half, season, year: its middle), and an event the
 *     text does not date, which takes its article's publication date.</li>
 * <li>{@code actor1}, {@code assoc_actor_1}: the first actor and the others ("; " between them); {@code actor2},
 *     {@code assoc_actor_2}: the first target and the others. {@code inter1}, {@code inter2}: ACLED's actor type
 *     codes from the participants' kinds ({@link #inter}): 0 where there is no such actor, empty where the kind is
 *     unknown. {@code interaction}: the two codes, the smaller first (1 and 3 are 13; 1 and 1 are 11), or ten times
 *     the one code of an event with one actor (60: protesters alone); empty where a code is.</li>
 * <li>{@code country}, {@code iso}: the place's country, by name and ISO numeric code (4 for Afghanistan);
 *     {@code admin1}, {@code location}, {@code latitude}, {@code longitude} (4 decimals): the place's;
 *     {@code admin2}: empty (the gazetteer has no second-level divisions). {@code geo_precision}: the event's, else
 *     from the place's kind: 1 a city, 2 a feature, 3 a region or a country.</li>
 * <li>{@code source}: the article's URL, else the path it was read from, then who the event is according to,
 *     "; " between them. {@code notes}: the evidence sentence in double quotes, on one line, then what no other
 *     column holds: injuries, an alleged event, who says so.</li>
 * <li>{@code fatalities}: the killed; 0 where the article gives no number, as ACLED writes 0 where no
 *     fatalities are reported.</li>
 * </ul>
 */
public final class AcledCsv {

    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
            "source", "notes", "fatalities");

    /** Modalities of events that did not happen as told. */
    private static final List<String> NOT_HAPPENED = List.of("denied", "planned", "threatened", "hypothetical");

    /**
     * ACLED's actor type codes by sitrep's participant kinds (lower case; "-" and "_" read as spaces):
     * 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
     * 7 civilians, 8 external/other forces. The model's "rebels/militia" is a rebel group (2); a political party
     * acting in an event is coded as ACLED codes a party's armed supporters, a political militia (3). A foreign
     * state's military is still state forces (1), as in ACLED.
     */
    static final Map<String, Integer> INTER = Map.ofEntries(
            Map.entry("military", 1), Map.entry("police", 1), Map.entry("government", 1), Map.entry("state forces", 1),
            Map.entry("security forces", 1), Map.entry("armed forces", 1), Map.entry("army", 1),
            Map.entry("government forces", 1), Map.entry("military forces", 1), Map.entry("police forces", 1),
            Map.entry("rebels/militia", 2), Map.entry("rebels", 2), Map.entry("rebel", 2), Map.entry("rebel group", 2),
            Map.entry("rebel groups", 2), Map.entry("insurgents", 2), Map.entry("armed group", 2),
            Map.entry("militia", 3), Map.entry("militias", 3), Map.entry("political militia", 3),
            Map.entry("political militias", 3), Map.entry("pro government militia", 3), Map.entry("political party", 3),
            Map.entry("identity militia", 4), Map.entry("identity militias", 4), Map.entry("ethnic militia", 4),
            Map.entry("communal militia", 4), Map.entry("tribal militia", 4), Map.entry("clan militia", 4),
            Map.entry("rioters", 5), Map.entry("mob", 5),
            Map.entry("protesters", 6), Map.entry("protestors", 6), Map.entry("demonstrators", 6),
            Map.entry("civilians", 7), Map.entry("civilian", 7),
            Map.entry("external/other forces", 8), Map.entry("external forces", 8), Map.entry("other forces", 8),
            Map.entry("international", 8), Map.entry("international forces", 8), Map.entry("peacekeepers", 8),
            Map.entry("private security", 8), Map.entry("multinational forces", 8));

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(?:-(WE|[1-7]))?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern PERIOD = Pattern.compile("^(\\d{4})(?:-(Q[1-4]|H[12]|SP|SU|FA|WI))?$");

    private AcledCsv() {
    }

    /**
     * Writes the header and a row for each event that {@link #belongs} and has a day to code.
     *
     * @return how many events that belong were left out because neither their text nor their article dates them
     */
    public static int write(Writer out, Iterable<StoredEvent> events) {
        Csv csv = new Csv(out);
        csv.row(COLUMNS);
        int undated = 0;
        for (StoredEvent e : events) {
            if (!belongs(e.event())) {
                continue;
            }
            if (date(e.event().date(), e.articlePublished()) == null) {
                undated++; // ACLED codes every event on a day: one neither its text nor its article dates has none
            } else {
                csv.row(row(e));
            }
        }
        return undated;
    }

    /** Whether ACLED's data would hold the event: it has an ACLED type and happened as told. */
    public static boolean belongs(Event e) {
        return e.acled() != null && e.acled().eventType() != null
                && (e.modality() == null || !NOT_HAPPENED.contains(e.modality().toLowerCase(Locale.ROOT)));
    }

    /** The event's row, in {@link #COLUMNS}' order. */
    public static List<String> row(StoredEvent stored) {
        Event e = stored.event();
        Place place = e.place();
        Optional<IsoCountries.Country> country = place == null ? Optional.empty() : IsoCountries.byCode(place.country());
        AcledDate date = date(e.date(), stored.articlePublished());
        Participant actor1 = e.actors().isEmpty() ? null : e.actors().get(0);
        Participant actor2 = e.targets().isEmpty() ? null : e.targets().get(0);
        Integer inter1 = actor1 == null ? Integer.valueOf(0) : inter(actor1.kind());
        Integer inter2 = actor2 == null ? Integer.valueOf(0) : inter(actor2.kind());
        Integer precision = geoPrecision(e);

        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(country.map(IsoCountries.Country::alpha3).orElse("XXX") + "-" + prefix(stored.articleId(), 8) + "-"
                + stored.eventId());
        row.add(date == null ? null : date.date().toString());
        row.add(date == null ? null : String.valueOf(date.date().getYear()));
        row.add(date == null ? null : String.valueOf(date.precision()));
        row.add(e.acled() == null ? null : e.acled().eventType());
        row.add(e.acled() == null ? null : e.acled().subEventType());
        row.add(actor1 == null ? null : actor1.name());
        row.add(names(e.actors()));
        row.add(string(inter1));
        row.add(actor2 == null ? null : actor2.name());
        row.add(names(e.targets()));
        row.add(string(inter2));
        row.add(interaction(inter1, inter2));
        row.add(country.map(IsoCountries.Country::name).orElse(null));
        row.add(country.map(IsoCountries.Country::numeric).map(String::valueOf).orElse(null));
        row.add(place == null ? null : place.admin1());
        row.add(null);
        row.add(place == null ? null : place.name());
        row.add(place == null ? null : String.format(Locale.ROOT, "%.4f", place.lat()));
        row.add(place == null ? null : String.format(Locale.ROOT, "%.4f", place.lon()));
        row.add(string(precision));
        row.add(source(stored));
        row.add(notes(e));
        row.add(String.valueOf(e.killed() == null ? 0 : e.killed()));
        return row;
    }

    /** ACLED's actor type code for a participant's kind, or null when the kind is unknown or unsaid. */
    public static Integer inter(String kind) {
        if (kind == null) {
            return null;
        }
        return INTER.get(kind.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " "));
    }

    /**
     * ACLED's interaction code: the two actor type codes, the smaller first (13, 11); ten times the one code where
     * there is one actor (60); null where a code is unknown or neither actor is there.
     */
    public static String interaction(Integer inter1, Integer inter2) {
        if (inter1 == null || inter2 == null || inter1 == 0 && inter2 == 0) {
            return null;
        }
        if (inter1 == 0 || inter2 == 0) {
            return String.valueOf(10 * Math.max(inter1, inter2));
        }
        return String.valueOf(10 * Math.min(inter1, inter2) + Math.max(inter1, inter2));
    }

    /** A date as ACLED codes it, with its time precision (1 day, 2 week, 3 month or coarser). */
    public record AcledDate(LocalDate date, int precision) {
    }

    /**
     * The date ACLED would code for an event dated so (see the class comment); the article's publication date,
     * precision 3, where the event has no date the text fixes; null where neither is known.
     */
    public static AcledDate date(DateValue date, String published) {
        AcledDate coded = date == null || date.value() == null ? null : ofTimex(date.value().strip(), date.precision());
        if (coded != null) {
            return coded;
        }
        String key = DateKeys.key(published);
        if (key == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(key.substring(0, 4));
            if (key.length() >= 8) {
                return new AcledDate(LocalDate.of(year, Integer.parseInt(key.substring(4, 6)),
                        Integer.parseInt(key.substring(6, 8))), 3);
            }
            return key.length() >= 6 ? new AcledDate(LocalDate.of(year, Integer.parseInt(key.substring(4, 6)), 15), 3)
                    : new AcledDate(LocalDate.of(year, 7, 1), 3);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static AcledDate ofTimex(String value, String precision) {
        String p = precision == null ? "" : precision.toLowerCase(Locale.ROOT);
        try {
            Matcher m = DAY.matcher(value);
            if (m.find()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new AcledDate(day, p.startsWith("week") || p.startsWith("approx") ? 2 : 1);
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (m.group(3) == null) {
                    return new AcledDate(monday.plusDays(3), 2); // Thursday, the middle of an ISO week
                }
                return m.group(3).equals("WE") ? new AcledDate(monday.plusDays(5), 2)
                        : new AcledDate(monday.plusDays(Integer.parseInt(m.group(3)) - 1L), 1);
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                return new AcledDate(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 15), 3);
            }
            m = PERIOD.matcher(value);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                String period = m.group(2) == null ? "" : m.group(2);
                LocalDate middle = switch (period) {
                    case "Q1" -> LocalDate.of(year, 2, 15);
                    case "Q2" -> LocalDate.of(year, 5, 15);
                    case "Q3" -> LocalDate.of(year, 8, 15);
                    case "Q4" -> LocalDate.of(year, 11, 15);
                    case "H1" -> LocalDate.of(year, 4, 1);
                    case "H2" -> LocalDate.of(year, 10, 1);
                    case "SP" -> LocalDate.of(year, 4, 15);
                    case "SU" -> LocalDate.of(year, 7, 15);
                    case "FA" -> LocalDate.of(year, 10, 15);
                    case "WI" -> LocalDate.of(year, 1, 15);
                    default -> LocalDate.of(year, 7, 1);
                };
                return new AcledDate(middle, 3);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // not a real date (week 54, 30 February): as if undated
        }
        return null;
    }

    /** The event's geo precision, else one from its place's kind; null without a place. */
    static Integer geoPrecision(Event e) {
        if (e.place() == null) {
            return null;
        }
        if (e.geoPrecision() != null) {
            return e.geoPrecision();
        }
        String kind = e.place().kind() == null ? "" : e.place().kind().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "city" -> 1;
            case "feature" -> 2;
            case "region", "country" -> 3;
            default -> null;
        };
    }

    private static String source(StoredEvent stored) {
        List<String> parts = new ArrayList<>();
        String where = stored.articleUrl() != null && !stored.articleUrl().isBlank() ? stored.articleUrl() : stored.sourcePath();
        if (where != null && !where.isBlank()) {
            parts.add(where);
        }
        Event e = stored.event();
        if (e.accordingTo() != null && e.accordingTo().name() != null && !e.accordingTo().name().isBlank()) {
            parts.add(e.accordingTo().name());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The evidence sentence quoted on one line, then injuries, an alleged event and who says so. */
    static String notes(Event e) {
        StringBuilder notes = new StringBuilder();
        if (e.evidence() != null && e.evidence().text() != null && !e.evidence().text().isBlank()) {
            notes.append('"').append(e.evidence().text().replaceAll("\\s+", " ").strip()).append('"');
        }
        List<String> more = new ArrayList<>();
        if (e.injured() != null) {
            more.add("injured: " + e.injured());
        }
        if (e.modality() != null && e.modality().equalsIgnoreCase("alleged")) {
            more.add("alleged");
        }
        if (e.accordingTo() != null && e.accordingTo().name() != null && !e.accordingTo().name().isBlank()) {
            more.add("according to " + e.accordingTo().name());
        }
        if (!more.isEmpty()) {
            notes.append(notes.length() == 0 ? "" : " ").append('(').append(String.join("; ", more)).append(')');
        }
        return notes.toString();
    }

    /** The names of all but the first participant, "; " between them, or null when there are none. */
    private static String names(List<Participant> participants) {
        if (participants.size() < 2) {
            return null;
        }
        return participants.subList(1, participants.size()).stream().map(Participant::name)
                .filter(n -> n != null && !n.isBlank()).collect(Collectors.joining("; "));
    }

    private static String string(Integer i) {
        return i == null ? null : String.valueOf(i);
    }

    static String prefix(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n);
    }
}
