package org.sitrep.annotate.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** English number words from one to ninety and their values. Loaded on first use, once per JVM. */
public final class NumberWords {

    private static final WordList WORDS = WordList.load("number-words.txt");
    private static final Map<String, Integer> VALUES = values(WORDS);

    private NumberWords() {
    }

    private static Map<String, Integer> values(WordList list) {
        Map<String, Integer> out = new LinkedHashMap<>();
        list.rows().forEach(r -> out.put(r.get(0), Integer.parseInt(r.get(1))));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Every number word with its value, from "one" to "ninety" in order of value. */
    public static Map<String, Integer> values() {
        return VALUES;
    }

    /** "one" to "nine". */
    public static List<String> ones() {
        return between(1, 9);
    }

    /** "ten" to "nineteen". */
    public static List<String> teens() {
        return between(10, 19);
    }

    /** "twenty" to "ninety". */
    public static List<String> tens() {
        return between(20, 90);
    }

    public static boolean isNumberWord(String word) {
        return WORDS.contains(word);
    }

    private static List<String> between(int low, int high) {
        return VALUES.entrySet().stream().filter(e -> e.getValue() >= low && e.getValue() <= high).map(Map.Entry::getKey).toList();
    }
}
