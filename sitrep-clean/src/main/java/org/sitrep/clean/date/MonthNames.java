package org.sitrep.clean.date;

import java.text.DateFormatSymbols;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month names in every language the JDK knows (its CLDR data through {@link DateFormatSymbols}: the full and
 * abbreviated forms a date is written with, genitive where the language has one: "3 мая", "3 stycznia"), so that "3. Mai 2024", "3 de mayo de 2024", "3 мая 2024" and "3 Mayıs 2024" are read
 * without a word list of our own. A name two languages give different months ("mar" is March in English, May in
 * Welsh; "listopad" November in Polish, October in Croatian) is read in the page's language, then in English, else
 * not at all. Built once; immutable.
 */
public final class MonthNames {

    /** Built on first use (a second or more: the JDK reads each language's data), not when the class loads. */
    private static final class Holder {
        private static final MonthNames INSTANCE = new MonthNames();
    }

    /** Name (lower case, no dots) to month, for names every language agrees on. */
    private final Map<String, Integer> agreed;
    /** Language code to its own names. */
    private final Map<String, Map<String, Integer>> byLanguage;

    private MonthNames() {
        Map<String, Set<Integer>> all = new HashMap<>();
        Map<String, Map<String, Integer>> languages = new HashMap<>();
        Set<String> codes = new java.util.TreeSet<>();
        for (Locale available : DateFormatSymbols.getAvailableLocales()) {
            codes.add(available.getLanguage());
        }
        // one locale per language: regional variants (de-AT, es-MX) name the months as their language does,
        // and reading every variant's data costs seconds at start-up
        for (String code : codes) {
            if (code.isEmpty()) {
                continue;
            }
            Locale locale = new Locale(code);
            Map<String, Integer> own = languages.computeIfAbsent(code, k -> new HashMap<>());
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            for (String[] names : new String[][] {symbols.getMonths(), symbols.getShortMonths()}) {
                for (int i = 0; i < Math.min(12, names.length); i++) {
                    add(names[i], i + 1, locale, own, all);
                }
            }
        }
        Map<String, Integer> unique = new HashMap<>();
        all.forEach((name, months) -> {
            if (months.size() == 1) {
                unique.put(name, months.iterator().next());
            }
        });
        this.agreed = Map.copyOf(unique);
        Map<String, Map<String, Integer>> frozen = new HashMap<>();
        languages.forEach((language, names) -> frozen.put(language, Map.copyOf(names)));
        this.byLanguage = Map.copyOf(frozen);
    }

    private static void add(String name, int month, Locale locale, Map<String, Integer> own,
                            Map<String, Set<Integer>> all) {
        String key = key(name, locale);
        // a name that is only digits ("1", "1月") says nothing a number does not; one letter is too short to trust
        if (key.length() < 3 || !Character.isLetter(key.charAt(0))) {
            return;
        }
        own.putIfAbsent(key, month);
        all.computeIfAbsent(key, k -> new HashSet<>()).add(month);
    }

    private static String key(String name, Locale locale) {
        return name.toLowerCase(locale).replace(".", "").strip();
    }

    /** The names every language the JDK knows. */
    public static MonthNames all() {
        return Holder.INSTANCE;
    }

    /**
     * The month a word names, read in the page's language (may be null), then English, then any language that
     * does not disagree; 0 when it names none.
     */
    public int month(String word, String language) {
        String key = word.toLowerCase(Locale.ROOT).replace(".", "").strip();
        if (key.length() < 3) {
            return 0;
        }
        if (language != null) {
            Integer own = byLanguage.getOrDefault(language, Map.of()).get(key);
            if (own != null) {
                return own;
            }
        }
        Integer english = byLanguage.getOrDefault("en", Map.of()).get(key);
        if (english != null) {
            return english;
        }
        return agreed.getOrDefault(key, 0);
    }
}
