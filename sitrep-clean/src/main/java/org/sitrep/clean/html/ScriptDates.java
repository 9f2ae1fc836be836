package org.sitrep.clean.html;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.clean.date.TextDates;
import org.sitrep.model.Published;

/**
 * Reads a publication day from the data a page's scripts carry for its own front end or its analytics
 * ({@code "publishTime":"2024-09-04T16:20:35+05:30"}, {@code fcmsTpPubdate = "2026-01-06CET14:59:00"},
 * {@code "firstPublishedAtEnglish":"March 17, 2015"}): pages that print no date and declare none in their head often
 * still hand one to their scripts. Only keys that name the publication count, never those that name an update
 * ({@code modifiedTime}, {@code latestPublishedAt}); the day the values repeat most wins, the earliest of equally
 * frequent ones, since a page's scripts also carry the days of the stories they link to.
 */
final class ScriptDates {

    /** A key naming the publication, then its string value (JSON, JavaScript assignment or call argument). */
    private static final Pattern KEYED_VALUE = Pattern.compile(
            "[\"']?([\\w:.$-]{0,40}(?:publish|pubdate|pub_date|publication)[\\w:.$-]{0,40})[\"']?\\s*[:=,]\\s*[\"']([^\"'<>\\n]{6,40})[\"']",
            Pattern.CASE_INSENSITIVE);
    /** Keys that name a later change or another item, not the page's first publication. */
    private static final Pattern NOT_ORIGINAL = Pattern.compile("(?i)modif|updat|latest|last|edit|video|image|expir|end");
    /** Script text read at most, over all scripts: enough for any page's data, bounded for any page. */
    private static final int MAX_SCRIPT_TEXT = 2_000_000;
    private static final int LONGEST_WRITTEN_DATE = 40;

    private ScriptDates() {
    }

    static Published read(Document page, TextDates dates) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        Map<LocalDate, String> basis = new LinkedHashMap<>();
        int read = 0;
        for (Element script : page.getElementsByTag("script")) {
            if (script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
                continue; // JSON-LD is read as such, before any fallback
            }
            String data = script.data();
            if (read + data.length() > MAX_SCRIPT_TEXT) {
                break;
            }
            read += data.length();
            Matcher m = KEYED_VALUE.matcher(data);
            while (m.find()) {
                if (NOT_ORIGINAL.matcher(m.group(1)).find()) {
                    continue;
                }
                LocalDate day = day(m.group(2), dates);
                if (day != null) {
                    counts.merge(day, 1, Integer::sum);
                    basis.putIfAbsent(day, "script " + m.group(1) + " " + m.group(2));
                }
            }
        }
        LocalDate best = null;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && e.getKey().isBefore(best))) {
                best = e.getKey();
            }
        }
        return best == null ? null : new Published(best.toString(), "day", basis.get(best));
    }

    /** The day a value names: machine-readable ("2024-09-04T16:20:35+05:30"), else written out. */
    private static LocalDate day(String value, TextDates dates) {
        Published p = MachineDate.parse(value, "");
        LocalDate d = p == null ? null : PublishedDateReader.day(p);
        if (d == null && value.length() <= LONGEST_WRITTEN_DATE) {
            d = dates.first(value);
        }
        return dates.plausible(d) ? d : null;
    }
}
