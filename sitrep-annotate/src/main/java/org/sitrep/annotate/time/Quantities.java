package org.sitrep.annotate.time;

import java.util.Locale;
import java.util.Map;

/** Reads the counts of time expressions: digits, number words, and vague counts (null: "several"). */
public final class Quantities {

    /** Regex for a count, as written in news. */
    static final String COUNT = "(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|a\\s+hundred|a\\s+dozen|dozens\\s+of|hundreds\\s+of|a\\s+couple\\s+of|a\\s+couple"
            + "|couple\\s+of|a\\s+few|few|several|many|some|an|a)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("a dozen", 12),
            Map.entry("a couple", 2), Map.entry("a couple of", 2), Map.entry("couple of", 2));

    private Quantities() {
    }

    /**
     * The count a phrase names, or null when it is vague ("several", "a few", "dozens of").
     * Halves ("2 1/2", "2.5") come back as a whole-and-a-half in tenths: see {@link #tenths}.
     */
    public static Integer count(String phrase) {
        Integer tenths = tenths(phrase);
        return tenths == null || tenths % 10 != 0 ? null : tenths / 10;
    }

    /** The count in tenths (25 for "2 1/2"), or null when vague. */
    static Integer tenths(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (p.matches("\\d+ 1/2")) {
            return Integer.parseInt(p.substring(0, p.indexOf(' '))) * 10 + 5;
        }
        if (p.matches("\\d+(\\.\\d+)?")) {
            double d = Double.parseDouble(p);
            return d > 100000 ? null : (int) Math.round(d * 10);
        }
        Integer direct = WORDS.get(p);
        if (direct != null) {
            return direct * 10;
        }
        String[] parts = p.split("[ -]");
        if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
            return (WORDS.get(parts[0]) + WORDS.get(parts[1])) * 10;
        }
        return null;
    }
}
