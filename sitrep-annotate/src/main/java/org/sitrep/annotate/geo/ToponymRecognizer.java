package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.lexicon.Blocs;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.NameHeads;
import org.sitrep.annotate.lexicon.NumberWords;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.PlaceWords;
import org.sitrep.annotate.lexicon.SpeechVerbs;
import org.sitrep.annotate.lexicon.Titles;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;

/**
 * Finds the place names of a body: CoreNLP's LOCATION spans, plus gazetteer names among the
 * capitalised words that NER missed or took for a person or organisation, when the words
 * around them say "place" (a preposition of place before, an admin word after, "the city of"
 * before, a list with other places) and nothing says "person" (a title before, a speech verb after).
 */
final class ToponymRecognizer {

    /**
     * The kind hint an admin word gives the name before it: "county" for a second-level division's word, else
     * "region" (a province, oblast, state or region, or a city's metropolitan region: "the Houston region").
     */
    static String regionHint(String adminWord) {
        return PlaceWords.SECOND_LEVEL_ADMIN.contains(adminWord) ? "county" : "region";
    }

    /** The most words a place's name read from the gazetteer may have. */
    private static final int MAX_NAME_WORDS = 4;
    /** Words after a name, besides the reporting forms of verbs of saying, that make it a person's: "according" (to), a pronoun. */
    private static final Set<String> PERSON_AFTER = Set.of("according", "who", "he", "she");

    private final Gazetteer gazetteer;
    private final Countries countries;

    ToponymRecognizer(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    List<PlaceMention> recognize(String body, NlpDocument nlp) {
        List<PlaceMention> out = new ArrayList<>();
        Set<String> surnames = surnames(nlp);
        for (Sentence sentence : nlp.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int used = recognizeAt(body, tokens, i, out, surnames);
                i += Math.max(1, used);
            }
        }
        propagate(body, nlp, out);
        return out;
    }

    /**
     * One sense per article: once a name is a place somewhere in the article, its other capitalised
     * occurrences are that place too ("Fargo Mayor Dennis Walaker", "MANSFIELD --", "Alexandria police"),
     * unless NER put them inside a person's name.
     */
    private void propagate(String body, NlpDocument nlp, List<PlaceMention> out) {
        Set<String> places = new java.util.HashSet<>();
        for (PlaceMention m : out) {
            if (gazetteer.contains(m.text())) {
                places.add(PlaceNames.key(m.text()));
            }
        }
        if (places.isEmpty()) {
            return;
        }
        List<PlaceMention> added = new ArrayList<>();
        for (Sentence sentence : nlp.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int len = Math.min(4, tokens.size() - i); len >= 1; len--) {
                    int j = i + len;
                    Token first = tokens.get(i);
                    Token last = tokens.get(j - 1);
                    if (!(capitalised(first) || allCaps(first)) || !(capitalised(last) || allCaps(last))) {
                        continue;
                    }
                    int start = first.start();
                    int end = last.end();
                    if (!places.contains(PlaceNames.key(body.substring(start, end))) || pluralOfABloc(tokens, i, j, PlaceNames.key(first.text()))
                            || out.stream().anyMatch(m -> m.overlaps(start, end))
                            || added.stream().anyMatch(m -> m.overlaps(start, end))) {
                        continue;
                    }
                    boolean inPerson = false;
                    for (int k = i; k < j; k++) {
                        inPerson |= "PERSON".equals(tokens.get(k).ner());
                    }
                    if (!inPerson) {
                        added.add(new PlaceMention(start, end, body.substring(start, end), null, false));
                        i = j - 1;
                    }
                    break;
                }
            }
        }
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
    }

    private static boolean allCaps(Token t) {
        String s = t.text();
        return s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
                && s.chars().anyMatch(Character::isLetter);
    }

    /** Tries a place name starting at token i; returns how many tokens it consumed (0 when none). */
    private int recognizeAt(String body, List<Token> tokens, int i, List<PlaceMention> out, Set<String> surnames) {
        Token first = tokens.get(i);
        if ("LOCATION".equals(first.ner())) {
            int j = runEnd(tokens, i, "LOCATION");
            if (!PlaceWords.notAPlaceName(PlaceNames.key(body.substring(first.start(), tokens.get(j - 1).end())))
                    && !holiday(tokens, j)) {
                emit(body, tokens, i, j, true, out);
            }
            return j - i;
        }
        if (allCaps(first)) {
            int dateline = datelineAt(body, tokens, i, out);
            return dateline > 0 ? dateline : regionInitialsAt(tokens, i, out);
        }
        if (!capitalised(first)) {
            return 0;
        }
        int name = gazetteerNameAt(body, tokens, i, out, surnames);
        if (name > 0) {
            return name;
        }
        if ("ORGANIZATION".equals(first.ner())) {
            countyOpeningOrganisationAt(body, tokens, i, out);
        }
        // A run NER tagged as something else is skipped whole, so that "Kabul" in "Kabul University" is not a place.
        if (!"O".equals(first.ner())) {
            return runEnd(tokens, i, first.ner()) - i;
        }
        return 0;
    }

    /**
     * A region's initials where the words around say place, whatever NER took them for: "in NSW", "NSW and
     * Queensland" (three letters or more: two-letter capitals are too often words or other initials). Returns the
     * tokens read: 1, or 0 for none.
     */
    private int regionInitialsAt(List<Token> tokens, int i, List<PlaceMention> out) {
        Token first = tokens.get(i);
        String text = first.text();
        if (text.length() >= 3 && text.length() <= 4 && text.chars().allMatch(Character::isLetter)
                && !"PERSON".equals(first.ner()) && gazetteer.lookup(text).stream().anyMatch(e -> "ADM1".equals(e.feature()))
                && (i > 0 && PlaceWords.PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    || listedWithPlace(tokens, i, i + 1))) {
            out.add(new PlaceMention(first.start(), first.end(), text, "region", true));
            return 1;
        }
        return 0;
    }

    /**
     * The longest gazetteer name over up to four capitalised words at token i (with "-", "of", "de" inside allowed)
     * where the words around say place; returns how many tokens it has, 0 for none.
     */
    private int gazetteerNameAt(String body, List<Token> tokens, int i, List<PlaceMention> out, Set<String> surnames) {
        for (int len = Math.min(MAX_NAME_WORDS, tokens.size() - i); len >= 1; len--) {
            int j = i + len;
            if (!capitalised(tokens.get(j - 1)) || !innerWordsOk(tokens, i, j)) {
                continue;
            }
            String text = body.substring(tokens.get(i).start(), tokens.get(j - 1).end());
            String key = PlaceNames.key(text);
            if (key.isEmpty() || PlaceWords.notAPlaceName(key) || pluralOfABloc(tokens, i, j, key) || !gazetteer.contains(text)) {
                continue;
            }
            if (placeEvidence(tokens, i, j, text, surnames)) {
                emit(body, tokens, i, j, false, out);
                return len;
            }
        }
        return 0;
    }

    /**
     * "States" of "Alliance of Sahel States", "Nations" of "League of Nations": the plural that ends an association's
     * name is a country's name only as "the States".
     */
    private static boolean pluralOfABloc(List<Token> tokens, int i, int j, String key) {
        return j == i + 1 && Blocs.MEMBERS.contains(key) && !(i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("the"));
    }

    /** A county or province opening an organisation's name is still a place: "Henderson County Sheriff's Office". */
    private void countyOpeningOrganisationAt(String body, List<Token> tokens, int i, List<PlaceMention> out) {
        int end = runEnd(tokens, i, "ORGANIZATION");
        for (int j = Math.min(end, i + MAX_NAME_WORDS); j >= i + 2; j--) {
            String last = tokens.get(j - 1).text().toLowerCase(Locale.ROOT);
            if (PlaceWords.ADMIN.contains(last) && capitalised(tokens.get(j - 1))
                    && gazetteer.contains(body.substring(tokens.get(i).start(), tokens.get(j - 1).end()))) {
                emit(body, tokens, i, j, true, out);
                return;
            }
        }
    }

    /** The keys of the last words of the article's full names of people (NER's PERSON runs of two words or more). */
    private static Set<String> surnames(NlpDocument nlp) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence sentence : nlp.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                boolean last = i + 1 == tokens.size() || !"PERSON".equals(tokens.get(i + 1).ner());
                if (last && "PERSON".equals(tokens.get(i).ner()) && "PERSON".equals(tokens.get(i - 1).ner())) {
                    out.add(PlaceNames.key(tokens.get(i).text()));
                }
            }
        }
        return out;
    }

    /** "MANSFIELD --", "KABUL (Reuters) -": a dateline in capitals inside the text. */
    private int datelineAt(String body, List<Token> tokens, int i, List<PlaceMention> out) {
        for (int len = Math.min(3, tokens.size() - i - 1); len >= 1; len--) {
            int j = i + len;
            boolean caps = true;
            for (int k = i; k < j; k++) {
                caps &= allCaps(tokens.get(k));
            }
            String next = tokens.get(j).text();
            // A bracket after capitals is a dateline only at the start of a sentence ("KABUL (Reuters)"), not "HIV (".
            boolean dash = next.equals("--") || next.equals("\u2014") || next.equals("\u2013")
                    || i == 0 && (next.equals("-LRB-") || next.equals("(") || next.equals(","));
            String text = body.substring(tokens.get(i).start(), tokens.get(j - 1).end());
            if (caps && dash && gazetteer.contains(text) && !PlaceWords.notAPlaceName(PlaceNames.key(text))) {
                out.add(new PlaceMention(tokens.get(i).start(), tokens.get(j - 1).end(), text, null, true));
                return len;
            }
        }
        return 0;
    }

    private void emit(String body, List<Token> tokens, int i, int j, boolean strong, List<PlaceMention> out) {
        String hint = hintAround(tokens, i, j);
        // "Rapides Parish", "Fulton County", "Kursk Oblast": the capitalised admin word is part of the name.
        Token after = j < tokens.size() ? tokens.get(j) : null;
        int end = after != null && PlaceWords.ADMIN.contains(after.text()) && Character.isUpperCase(after.text().charAt(0))
                && gazetteer.contains(body.substring(tokens.get(i).start(), after.end())) ? j + 1 : j;
        int start = tokens.get(i).start();
        String text = withoutTrailingPossessive(body.substring(start, tokens.get(end - 1).end()));
        if (text.isBlank() || countries.byDemonym(text).isPresent() && countries.byName(text).isEmpty()) {
            return;
        }
        if (partOfPlace(text, start, hint, strong, out) || regionBeforeAdminWord(text, start, strong, out)) {
            return;
        }
        String lastWord = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).replace(".", "");
        if (text.indexOf(' ') > 0 && NameHeads.street(lastWord)) {
            hint = "street";
        } else if (text.indexOf(' ') > 0 && NameHeads.site(lastWord)) {
            hint = "facility";
        }
        out.add(new PlaceMention(start, start + text.length(), text, hint, strong));
    }

    /**
     * The kind the words around tokens [i, j) give the name: an admin word after it ("Kandahar province": region or
     * county), a settlement word after it ("Chaman town") or before "of" ("the city of Vladivostok"); else null.
     */
    private static String hintAround(List<Token> tokens, int i, int j) {
        if (j < tokens.size()) {
            String a = tokens.get(j).text().toLowerCase(Locale.ROOT);
            // "the Kursk border region", "the Donetsk eastern region": a describing word between the name and the admin word
            if (j + 1 < tokens.size() && (PlaceWords.REGION_MODIFIERS.contains(a) || PlaceWords.COMPASS.contains(a))
                    && PlaceWords.ADMIN.contains(tokens.get(j + 1).text().toLowerCase(Locale.ROOT))) {
                return regionHint(tokens.get(j + 1).text().toLowerCase(Locale.ROOT));
            }
            if (PlaceWords.ADMIN.contains(a)) {
                return regionHint(a);
            } else if (PlaceWords.SETTLEMENTS.contains(a) && !"capital".equals(a)) {
                return "city";
            }
        }
        if (i >= 2 && "of".equalsIgnoreCase(tokens.get(i - 1).text())) {
            String w = tokens.get(i - 2).text().toLowerCase(Locale.ROOT);
            if (PlaceWords.SETTLEMENTS.contains(w) || "outskirts".equals(w) || "suburb".equals(w)) {
                return "city";
            } else if (PlaceWords.ADMIN.contains(w)) {
                return regionHint(w);
            }
        }
        return null;
    }

    /** A name without the trailing possessive or punctuation NER sometimes includes. */
    private static String withoutTrailingPossessive(String name) {
        String text = name;
        while (!text.isEmpty() && !Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith("'s") || text.endsWith("\u2019s")) {
            text = text.substring(0, text.length() - 2);
        }
        return text;
    }

    /**
     * "East Texas", "North Georgia", "Southern California": the part of a place is placed at the place, which is
     * added (at its offsets) instead; only a country, state or large city has parts named by direction ("East Bank"
     * is no part of Bank). Whether it was added.
     */
    private boolean partOfPlace(String text, int start, String hint, boolean strong, List<PlaceMention> out) {
        String firstWord = text.indexOf(' ') > 0 ? text.substring(0, text.indexOf(' ')).toLowerCase(Locale.ROOT) : "";
        if (!PlaceWords.placePart(firstWord) || gazetteer.contains(text)) {
            return false;
        }
        String rest = text.substring(text.indexOf(' ') + 1).strip();
        if (gazetteer.lookup(rest).stream().anyMatch(e -> e.isCountry() || EnclosingPlaces.isLarge(e))) {
            int at = start + text.indexOf(rest, firstWord.length());
            out.add(new PlaceMention(at, at + rest.length(), rest, hint, strong));
            return true;
        }
        return false;
    }

    /**
     * NER took the admin word into the name ("Balochistan province") and the gazetteer lacks the whole: the name is
     * what precedes it, a region. Whether it was added.
     */
    private boolean regionBeforeAdminWord(String text, int start, boolean strong, List<PlaceMention> out) {
        String lastWord = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).replace(".", "");
        if (text.indexOf(' ') > 0 && PlaceWords.ADMIN.contains(lastWord) && !gazetteer.contains(text)) {
            String name = text.substring(0, text.lastIndexOf(' ')).strip();
            if (gazetteer.contains(name)) {
                out.add(new PlaceMention(start, start + name.length(), name, regionHint(lastWord), strong));
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words around tokens [i, j) say that this gazetteer name is a place here. NER's own
     * tag sets the bar: a word it took for a person needs a clear place cue and no person cue; one it
     * left untagged needs any cue, or to be a country's or region's name.
     */
    private boolean placeEvidence(List<Token> tokens, int i, int j, String text, Set<String> surnames) {
        String tag = tokens.get(i).ner();
        for (int k = i; k < j; k++) {
            if (!tokens.get(k).ner().equals(tag)) {
                tag = "MIXED";
            }
        }
        if (!"O".equals(tag) && !"MIXED".equals(tag)) {
            // Only a whole NER span can be re-typed: "Jackson" of "Andrew Jackson" stays a person.
            if (i > 0 && tokens.get(i - 1).ner().equals(tag) || j < tokens.size() && tokens.get(j).ner().equals(tag)) {
                return false;
            }
        }
        String before = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        String before2 = i > 1 ? tokens.get(i - 2).text().toLowerCase(Locale.ROOT) : "";
        String after = j < tokens.size() ? tokens.get(j).text().toLowerCase(Locale.ROOT) : "";
        boolean personCue = Titles.headOrHonorific(before) || SpeechVerbs.reportingForm(after) || PERSON_AFTER.contains(after);
        // A name before a number is a unit's or a road's ("Pack 122", "Highway 19"), before "'s Day" a holiday's.
        boolean numbered = !after.isEmpty() && Character.isDigit(after.charAt(0));
        if (personCue || numbered || holiday(tokens, j)) {
            return false;
        }
        boolean adminAfter = PlaceWords.ADMIN.contains(after) || PlaceWords.SETTLEMENTS.contains(after) || "border".equals(after)
                || "crossing".equals(after);
        boolean ofPlace = "of".equals(before) && PlaceWords.OF_PLACE.contains(before2);
        // Local news says where people live: "a Columbia woman", "two DeKalb men", "Darrell Ross, 29, of Columbia".
        boolean resident = PlaceWords.RESIDENTS.contains(after) && (Set.of("a", "an").contains(before) || NumberWords.isNumberWord(before) || "several".equals(before)
                || !before.isEmpty() && Character.isDigit(before.charAt(0)));
        boolean residence = "of".equals(before) && ",".equals(before2) && i >= 3
                && tokens.get(i - 3).text().chars().allMatch(Character::isDigit);
        boolean listed = listedWithPlace(tokens, i, j);
        String key = PlaceNames.key(text);
        // A country's or first-level region's own name (not an abbreviation such as "Miss." or "Ind.").
        boolean known = countries.byName(text).isPresent()
                || gazetteer.lookup(text).stream().anyMatch(e -> e.isCountry() || "ADM1".equals(e.feature())
                        && (PlaceNames.key(e.name()).equals(key) || PlaceNames.key(e.name()).startsWith(key + " ")));
        if (j - i == 1 && surnames.contains(key)) {
            // A word the article uses as a person's surname ("Harold James Warden") is that person's name elsewhere
            // too ("police drove to Warden's house"), unless the words say place.
            return known || adminAfter || ofPlace || residence;
        }
        switch (tag) {
            case "PERSON":
                return PlaceWords.STRONG_PREPOSITIONS.contains(before) || adminAfter || ofPlace || residence;
            case "ORGANIZATION":
                // A capital or country standing for its government: "Pyongyang said", "Kabul rejected".
                return known || resident || residence || gazetteer.lookup(text).stream().anyMatch(e -> "PPLC".equals(e.feature()));
            default:
                // After a preposition or in a list, a name that runs on into another capitalised word is the start of
                // a longer name NER did not tag ("linked to Mad Cow disease", "in Solon, King Nut Companies"), unless
                // that word is a title, a date or an admin word ("in Fargo Mayor ...", "in Henderson Tuesday").
                boolean runsOn = j < tokens.size() && capitalised(tokens.get(j)) && !Titles.headOrHonorific(after)
                        && !PlaceWords.notAPlaceName(after) && !PlaceWords.ADMIN.contains(after) && !PlaceWords.SETTLEMENTS.contains(after);
                return known || (PlaceWords.PREPOSITIONS.contains(before) || listed) && !runsOn || adminAfter || ofPlace || resident
                        || residence;
        }
    }

    /** Whether the words from token j make the name before them a holiday's: "St. Patrick's Day", "New Year's Eve". */
    private static boolean holiday(List<Token> tokens, int j) {
        return j + 1 < tokens.size() && (tokens.get(j).text().equals("'s") || tokens.get(j).text().equals("\u2019s"))
                && Set.of("day", "eve").contains(tokens.get(j + 1).text().toLowerCase(Locale.ROOT));
    }

    /** "Chaman and Spin Boldak", "Kabul, Kandahar": next to a word NER already took for a location. */
    private static boolean listedWithPlace(List<Token> tokens, int i, int j) {
        if (j + 1 < tokens.size() && isListWord(tokens.get(j)) && "LOCATION".equals(tokens.get(j + 1).ner())) {
            return true;
        }
        return i >= 2 && isListWord(tokens.get(i - 1)) && "LOCATION".equals(tokens.get(i - 2).ner());
    }

    private static boolean isListWord(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("and") || w.equals(",") || w.equals("or");
    }

    private static boolean innerWordsOk(List<Token> tokens, int i, int j) {
        for (int k = i + 1; k < j - 1; k++) {
            Token t = tokens.get(k);
            if (!capitalised(t) && !PlaceWords.PARTICLES.contains(t.text())) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern ELIDED_PARTICLE = java.util.regex.Pattern.compile("\\p{Ll}{1,4}['\u2019](\\p{Lu}.*)");

    private static boolean capitalised(Token t) {
        String s = t.text();
        // An elided particle before a capital is a capitalised word of a name: "d'Ivoire", "l'Aquila", "dell'Elba".
        java.util.regex.Matcher elided = ELIDED_PARTICLE.matcher(s);
        String word = elided.matches() ? elided.group(1) : s;
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
    }

    private static int runEnd(List<Token> tokens, int i, String tag) {
        int j = i;
        while (j < tokens.size() && tokens.get(j).ner().equals(tag)) {
            j++;
        }
        return j;
    }
}
