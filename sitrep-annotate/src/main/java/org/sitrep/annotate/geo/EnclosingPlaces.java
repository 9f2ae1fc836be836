package org.sitrep.annotate.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.NameHeads;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.PlaceWords;

/**
 * The place that a name the gazetteer lacks lies in: a join of two towns ("Fargo-Moorhead"), "Fargo City",
 * a direction's part of a large place ("East Texas"), a legislator's party tag ("DFL-Minneapolis"), a
 * building, street or compound opened or closed by a place's name ("Henderson County Jail", "Metro
 * Vancouver"). The resolver places such a name where that place is, less surely.
 */
final class EnclosingPlaces {

    private final Gazetteer gazetteer;
    /** Lookup keys of the names the article uses on their own. */
    private final Set<String> standalone;

    EnclosingPlaces(Gazetteer gazetteer, Set<String> standalone) {
        this.gazetteer = gazetteer;
        this.standalone = standalone;
    }

    private static final Pattern HYPHENATED = Pattern.compile("(\\p{Lu}[\\p{L}.']+(?: \\p{Lu}[\\p{L}.']+)*)[-\u2013]\\p{Lu}.*");
    /** A direction word, capitalised or not ("West Texas", "west Fort Worth"), then a capitalised name. */
    private static final Pattern DIRECTION_PREFIX = Pattern.compile("(?i:(?:North|South)[ -](?:east|west)(?:ern)?|"
            + String.join("|", PlaceWords.COMPASS.words()) + "|Upstate|Downstate) (\\p{Lu}[\\p{L}.']+(?: \\p{Lu}[\\p{L}.']+)*)");
    private static final Pattern CITY_SUFFIX = Pattern.compile("(\\p{Lu}[\\p{L}.']+(?: \\p{Lu}[\\p{L}.']+)*) [Cc]ity");

    /** The place a compound name lies in, by its lookup key; directional when it names a part of that place. */
    record Head(String key, boolean directional) {
    }

    /** A hyphen after a party's or body's capitals: "DFL-Minneapolis", "R-Charleston" (a legislator's party and home). */
    private static final Pattern PARTY_PREFIX = Pattern.compile("\\p{Lu}{1,4}[-\u2013](\\p{Lu}.*)");
    /**
     * The place a name the gazetteer lacks lies in: the first of two places it joins ("Fargo-Moorhead",
     * "Dallas-Fort Worth"), the town of "Fargo City", the large place a direction names a part of ("East
     * Texas"), the home of a legislator's party tag ("DFL-Minneapolis"), or the place its words open or close
     * with ("Walker County Fairgrounds", "Metro Vancouver"); null for any other name.
     */
    Head ofCompound(String text) {
        if (gazetteer.contains(text)) {
            return null;
        }
        Matcher m = HYPHENATED.matcher(text);
        if (m.matches()) {
            // Both sides must be places: "Al-Fashir" and "Arab-Israeli" are not joins of two places.
            String head = m.group(1);
            String tail = text.substring(head.length() + 1);
            if (gazetteer.contains(head) && gazetteer.contains(tail)) {
                return new Head(PlaceNames.key(head), false);
            }
        }
        m = PARTY_PREFIX.matcher(text);
        if (m.matches() && gazetteer.contains(m.group(1))) {
            return new Head(PlaceNames.key(m.group(1)), false);
        }
        m = CITY_SUFFIX.matcher(text);
        if (m.matches()) {
            return gazetteer.contains(m.group(1)) ? new Head(PlaceNames.key(m.group(1)), false) : null;
        }
        // A part of a large place named by its direction ("East Texas", "South Los Angeles") lies within it; only
        // a large place, since "North Side" is no part of Side in Turkey.
        m = DIRECTION_PREFIX.matcher(text);
        if (m.matches()) {
            // "North Eastern Province" is a province of its own, not the north of an Eastern Province.
            String rest = PlaceNames.key(m.group(1));
            if (PlaceWords.COMPASS.contains(rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ')))) {
                return null;
            }
            String place = PlaceNames.spellInitials(m.group(1)); // "South L.A."
            return gazetteer.lookup(place).stream().anyMatch(EnclosingPlaces::isLarge) ? new Head(PlaceNames.key(place), true) : null;
        }
        return enclosingName(text);
    }

    /** A street or building lies in the place its name opens with: "Dublin Village Shopping Center", "Henderson County Jail". */
    Head ofSite(String text) {
        Matcher m = PARTY_PREFIX.matcher(text);
        if (m.matches() && gazetteer.contains(m.group(1))) {
            return new Head(PlaceNames.key(m.group(1)), false);
        }
        // A place's own hall is in it, though the article does not name the place alone ("Seoul City Hall", "Dover Town Hall").
        String lower = text.toLowerCase(Locale.ROOT);
        for (String seat : PlaceWords.SEATS_OF_GOVERNMENT.words()) {
            if (lower.endsWith(" " + seat)) {
                String place = text.substring(0, text.length() - seat.length()).strip();
                return gazetteer.contains(place) && !PlaceWords.notAnEnclosingName(PlaceNames.key(place)) ? new Head(PlaceNames.key(place), false) : null;
            }
        }
        // Only a place the article names on its own or a county so named: streets and buildings are often named
        // after a place they are not in ("Washington Drive", "Boston Market").
        Head head = enclosingName(text);
        if (head == null) {
            return null;
        }
        String last = head.key().substring(head.key().lastIndexOf(' ') + 1);
        return standalone.contains(head.key()) || head.key().indexOf(' ') > 0 && PlaceWords.ADMIN.contains(last)
                && PlaceNames.key(text).startsWith(head.key()) ? head : null;
    }

    /**
     * The longest gazetteer name among a name's opening words, else among its closing words, when the rest
     * is capitalised words: the place the thing so named lies in or is named for. Only a place the article
     * also names on its own, a county or region named with its admin word, or a large place: most small
     * towns share a name with a word ("Echo Park" is not in Echo, "Mount Hood" not in Hood County).
     */
    private Head enclosingName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || NameHeads.SPANNING_FEATURES.contains(words[words.length - 1])) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !Set.of("of", "de", "and", "&").contains(w)) {
                return null;
            }
        }
        for (int k = words.length - 1; k >= 1; k--) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
            if (isHead(head, true)) {
                return new Head(PlaceNames.key(head), false);
            }
        }
        for (int k = 1; k < words.length; k++) {
            String head = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            if (isHead(head, false)) {
                return new Head(PlaceNames.key(head), false);
            }
        }
        return null;
    }

    private boolean isHead(String name, boolean opening) {
        String key = PlaceNames.key(name);
        if (key.isEmpty() || PlaceWords.notAnEnclosingName(key) || NameHeads.site(key) || NameHeads.street(key) || !gazetteer.contains(name)) {
            return false;
        }
        if (standalone.contains(key)) {
            return true;
        }
        String last = key.substring(key.lastIndexOf(' ') + 1);
        boolean adminNamed = opening && key.indexOf(' ') > 0 && PlaceWords.ADMIN.contains(last);
        return adminNamed || gazetteer.lookup(name).stream().anyMatch(EnclosingPlaces::isLarge);
    }

    /**
     * A first-level region or a city of 100,000 people or more (not a country: "North Island" is no part of
     * Iceland, whose other name is Island, and a country's directional names are names of their own).
     */
    static boolean isLarge(GazetteerEntry e) {
        return "ADM1".equals(e.feature()) || e.isCity() && e.population() >= 100_000;
    }
}
