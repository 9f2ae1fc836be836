package org.sitrep.annotate.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * The words around and inside place names in English: compass words and other words for a part of a place
 * ("East Texas", "Greater London"), particles inside names ("Rio Grande do Sul"), admin words ("Kandahar
 * province"), settlement words ("Chaman town"), the words before "of" that make a place ("the city of X"),
 * nouns for residents ("a Columbia woman"), prepositions of place, capitalised words that are almost never a
 * place in news prose, and the seats of a place's government. Loaded on first use, once per JVM.
 */
public final class PlaceWords {

    /** "north" to "southwestern", and "central". */
    public static final WordList COMPASS = WordList.load("compass-words.txt");
    /** Words between a name and its admin word that leave the admin word the name's: "the Kursk border region". */
    public static final WordList REGION_MODIFIERS = WordList.load("region-modifiers.txt");
    private static final WordList PLACE_PARTS = WordList.load("place-part-words.txt");
    /** Lower-case words inside a place's name: "of", "de", "upon", "and", "-". */
    public static final WordList PARTICLES = WordList.load("name-particles.txt");
    /** Words after a name that make it an admin region or named area: "province", "county", "oblast", "valley". */
    public static final WordList ADMIN = WordList.load("admin-words.txt");
    /** The admin words of a second-level division: "county", "parish", "district", "borough". */
    public static final WordList SECOND_LEVEL_ADMIN = ADMIN.marked("second-level");
    /** Words after a name that make it a settlement: "city", "town", "village", "capital". */
    public static final WordList SETTLEMENTS = WordList.load("settlement-words.txt");
    /** Words before "of" that make what follows a place: "city", "province", "outskirts". */
    public static final WordList OF_PLACE = WordList.load("of-place-words.txt");
    /** Nouns for people after a place's name that say they live there: "woman", "residents". */
    public static final WordList RESIDENTS = WordList.load("resident-nouns.txt");
    /** Prepositions that put a place after them: "in", "near", "from". */
    public static final WordList PREPOSITIONS = WordList.load("place-prepositions.txt");
    /** Prepositions of place that rarely precede a person ("in", unlike "from" or "to"). */
    public static final WordList STRONG_PREPOSITIONS = PREPOSITIONS.marked("strong");
    private static final WordList NOT_PLACE_NAMES = WordList.load("not-place-names.txt");
    private static final WordList NOT_ENCLOSING = WordList.load("not-enclosing-names.txt");
    /** The buildings and bodies of a place's own government: "city hall", "town council". */
    public static final WordList SEATS_OF_GOVERNMENT = WordList.load("seats-of-government.txt");
    /** Country-code domains sold for generic use rather than for their country: "tv", "io". */
    public static final WordList GENERIC_COUNTRY_DOMAINS = WordList.load("generic-country-domains.txt");
    private static final Map<String, String> CITY_INITIALS = cityInitials(WordList.load("city-initials.txt"));

    private PlaceWords() {
    }

    private static Map<String, String> cityInitials(WordList list) {
        Map<String, String> out = new HashMap<>();
        list.rows().forEach(r -> out.put(r.get(0), r.get(1)));
        return Map.copyOf(out);
    }

    /** A word that names a part of a place before its name: a compass word, "upper", "greater", "downtown". */
    public static boolean placePart(String word) {
        return COMPASS.contains(word) || PLACE_PARTS.contains(word);
    }

    /** A capitalised word that is a place's name somewhere yet almost never a place in news: a month, "Police", "North". */
    public static boolean notAPlaceName(String word) {
        return CalendarWords.isMonthOrWeekday(word) || COMPASS.contains(word) || NOT_PLACE_NAMES.contains(word);
    }

    /** A word that alone is no place to put a compound name in: a compass word, "new", "lake", "county". */
    public static boolean notAnEnclosingName(String word) {
        return COMPASS.contains(word) || NOT_ENCLOSING.contains(word);
    }

    /** The city that dotted initials name ("L.A." is Los Angeles), by the initials as written without spaces; null if none. */
    public static String cityOfInitials(String initials) {
        return CITY_INITIALS.get(initials);
    }
}
