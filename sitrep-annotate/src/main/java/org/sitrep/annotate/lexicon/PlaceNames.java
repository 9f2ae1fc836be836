package org.sitrep.annotate.lexicon;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one normal form in which place names are compared: diacritics folded to ASCII, lower case,
 * dots dropped ("U.S." = "US"), apostrophes unified, every other run of punctuation or space
 * one space. "Spīn Bōldak" and "spin boldak" have the same key.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PlaceNames() {
    }

    /**
     * The city a name of dotted initials stands for ("L.A." is "Los Angeles"); any other text as it is. The form is
     * told apart before keying, since the key drops dots and Louisiana is "La.".
     */
    public static String spellInitials(String text) {
        String city = PlaceWords.cityOfInitials(text.replace(" ", ""));
        return city == null ? text : city;
    }

    /** The comparison key of a name; empty for a name with no letters or digits. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                // Only non-ASCII names pay for decomposition: the gazetteer loads a quarter of a million names.
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
                break;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String out = switch (c) {
                case '.' -> "";
                case '\u2019', '\u2018', '`', '\u02bc', '\'' -> "'";
                case '\u0131' -> "i";
                case '\u0142', '\u0141' -> "l";
                case '\u00f8', '\u00d8' -> "o";
                case '\u00df' -> "ss";
                case '\u00e6', '\u00c6' -> "ae";
                case '\u0111', '\u0110' -> "d";
                default -> null;
            };
            if (out == null) {
                char lower = Character.toLowerCase(c);
                if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                    if (space && b.length() > 0) {
                        b.append(' ');
                    }
                    space = false;
                    b.append(lower);
                } else {
                    space = true;
                }
            } else if (!out.isEmpty()) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(out);
            }
        }
        return b.toString();
    }
}
