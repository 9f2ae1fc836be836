package org.sitrep.annotate.geo;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one normal form in which place names are compared: diacritics folded to ASCII, lower case,
 * dots dropped ("U.S." = "US"), apostrophes unified, every other run of punctuation or space
 * one space. "Spīn Bōldak" and "spin boldak" have the same key.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Compass words: before a name they name a part of a place ("East Texas"); alone they name no place. */
    static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
            "southeastern", "southwestern");

    /** Lower-case words inside place names: "Rio Grande do Sul", "Stratford-upon-Avon", "Bosnia and Herzegovina". */
    static final Set<String> PARTICLES = Set.of("of", "de", "-", "el", "al", "la", "le", "les", "du", "des", "do",
            "da", "dos", "das", "del", "della", "di", "upon", "on", "and", "y", "en", "sur", "am", "an", "der", "im");

    /**
     * Cities news names by dotted initials. "L.A." is Los Angeles: Louisiana is "La." (the key drops dots, so the
     * form must be told apart before keying).
     */
    private static final Map<String, String> CITY_INITIALS = Map.of("L.A.", "Los Angeles", "N.Y.C.", "New York City");

    private PlaceNames() {
    }

    /** The city a name of dotted initials stands for ("L.A." is "Los Angeles"); any other text as it is. */
    static String spellInitials(String text) {
        return CITY_INITIALS.getOrDefault(text.replace(" ", ""), text);
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

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
