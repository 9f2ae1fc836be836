package org.sitrep.annotate.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.annotate.lexicon.NumberWords;

/** Reads the counts of time expressions: digits, number words, and vague counts (null: "several"). */
public final class Quantities {

    /** Regex for a count, as written in news. */
    static final String COUNT = "(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?"
            + "|(?:" + String.join("|", NumberWords.tens()) + ")(?:[\\s-](?:" + String.join("|", NumberWords.ones()) + "))?"
            + "|" + String.join("|", NumberWords.ones()) + "|" + String.join("|", NumberWords.teens())
            + "|a\\s+hundred|a\\s+dozen|dozens\\s+of|hundreds\\s+of|a\\s+couple\\s+of|a\\s+couple"
            + "|couple\\s+of|a\\s+few|few|several|many|some|an|a)";

    /** What number words and the counts written with "a" stand for: "twelve", "a dozen", "a couple of". */
    private static final Map<String, Integer> WORDS = words();

    private Quantities() {
    }

    private static Map<String, Integer> words() {
        Map<String, Integer> out = new HashMap<>(NumberWords.values());
        out.putAll(Map.of("a", 1, "an", 1, "a hundred", 100, "a dozen", 12, "a couple", 2, "a couple of", 2, "couple of", 2));
        return Map.copyOf(out);
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
