package org.sitrep.annotate.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an acronym spells a long name: each capitalised word of the name gives its first letter, and each small word
 * ("in", "of", "for") gives its own or none, as names are abbreviated either way: UNIFIL is the "United Nations Interim
 * Force in Lebanon" (with the "in"), ECOWAS the "Economic Community of West African States" (with the "of"), UNHCR the
 * "United Nations High Commissioner for Refugees" (without the "for").
 */
final class Initials {

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "on", "in", "de", "al", "to", "at");
    /** The most words of a name matched; longer names are no organisation's that an acronym abbreviates. */
    private static final int LONGEST = 16;

    private Initials() {
    }

    static boolean spell(String acronym, String name) {
        String letters = acronym.replace(".", "");
        String[] words = Arrays.stream(name.split("[\\s\\-]+")).filter(w -> !w.isEmpty() && !w.equals("'s") && !w.equals("’s"))
                .toArray(String[]::new);
        return letters.length() >= 2 && words.length >= 2 && words.length <= LONGEST && spells(letters, 0, words, 0);
    }

    private static boolean spells(String letters, int j, String[] words, int i) {
        if (i == words.length) {
            return j == letters.length();
        }
        String w = words[i];
        boolean gives = j < letters.length() && Character.toUpperCase(w.charAt(0)) == letters.charAt(j);
        if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.charAt(0))) {
            return gives && spells(letters, j + 1, words, i + 1) || spells(letters, j, words, i + 1);
        }
        return gives && spells(letters, j + 1, words, i + 1);
    }
}
