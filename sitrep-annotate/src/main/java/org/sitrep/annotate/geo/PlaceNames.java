package org.sitrep.annotate.geo;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one normal form in which place names are compared: diacritics folded to ASCII, lower case,
 * dots dropped ("U.S." = "US"), apostrophes unified, every other run of punctuation or space
 * one space. "Spīn Bōldak" and "spin boldak" have the same key.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9']+");

    private PlaceNames() {
    }

    /** The comparison key of a name; empty for a name with no letters or digits. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '.' -> { }
                case '\u2019', '\u2018', '`', '\u02bc' -> b.append('\'');
                case '\u0131' -> b.append('i');
                case '\u0142', '\u0141' -> b.append('l');
                case '\u00f8', '\u00d8' -> b.append('o');
                case '\u00df' -> b.append("ss");
                case '\u00e6', '\u00c6' -> b.append("ae");
                case '\u0111', '\u0110' -> b.append('d');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return NON_WORD.matcher(b).replaceAll(" ").trim();
    }
}
