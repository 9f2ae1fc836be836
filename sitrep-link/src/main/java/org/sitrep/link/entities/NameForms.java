package org.sitrep.link.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forms in which names are compared across articles: "the Korean People’s Army" and "Korean People's
 * Army" are one name, "Kim Jong-un" and "Kim Jong Un" too.
 */
public final class NameForms {

    private NameForms() {
    }

    /** Lower case, no diacritics, plain apostrophes, no leading "the", no possessive "'s", hyphens as spaces. */
    public static String normal(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        s = s.replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** "K." or "K": a capital letter alone, with or without its full stop, as in "Raj K. Chohan". */
    public static boolean isInitial(String word) {
        String letters = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return letters.length() == 1 && Character.isUpperCase(letters.charAt(0));
    }

    /**
     * The normal form of a person's name without the initials between its first and last word ("Raj K. Chohan":
     * "raj chohan"), or null where it has none there: a report names the same person with or without them.
     */
    public static String withoutMiddleInitials(String name) {
        String[] written = name.strip().split("\\s+");
        if (written.length < 3) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        kept.add(written[0]);
        for (int i = 1; i < written.length - 1; i++) {
            if (!isInitial(written[i])) {
                kept.add(written[i]);
            }
        }
        kept.add(written[written.length - 1]);
        return kept.size() == written.length ? null : normal(String.join(" ", kept));
    }

    /** The words of the normal form. */
    public static List<String> words(String name) {
        String n = normal(name);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /**
     * The acronym a multi-word name would have: the initials of its capitalised words ("Korean Central News
     * Agency": KCNA; "Federal Bureau of Investigation": FBI), null for a name of one word or with fewer than two.
     */
    public static String acronymOf(String name) {
        if (name == null) {
            return null;
        }
        String[] words = name.strip().split("[\\s\\-]+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                initials.appendCodePoint(w.codePointAt(0));
            }
        }
        return initials.length() >= 2 ? initials.toString() : null;
    }

    /** Whether a name is written as an acronym: one word of two to eight capitals (KCNA, NATO, U.N.), else null. */
    public static String asAcronym(String name) {
        if (name == null) {
            return null;
        }
        String compact = name.strip().replace(".", "");
        if (compact.length() < 2 || compact.length() > 8) {
            return null;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (!Character.isUpperCase(compact.charAt(i)) && !Character.isDigit(compact.charAt(i))) {
                return null;
            }
        }
        return Character.isLetter(compact.charAt(0)) ? compact : null;
    }

    /** The names among these whose normal forms have more than one word. */
    static List<String> multiWord(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (words(n).size() > 1) {
                out.add(n);
            }
        }
        return out;
    }
}
