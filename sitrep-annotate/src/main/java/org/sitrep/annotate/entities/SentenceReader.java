package org.sitrep.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.entities.Mention.Role;
import org.sitrep.annotate.lexicon.NameClasses;
import org.sitrep.annotate.lexicon.CalendarWords;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.NameHeads;
import org.sitrep.annotate.lexicon.Titles;

/**
 * Reads the names of one sentence: CoreNLP's entity runs, repaired where news forms mislead it
 * (titles tagged as part of a name, organisations named by their head noun, acronyms, demonyms),
 * and the titles and affiliations written around people's names.
 */
final class SentenceReader {

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "al");
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at", "with", "to", "from");

    private final int sentence;
    private final List<Word> words;
    private final String body;
    /** What each word has been claimed as: null (free), a mention type, or "TITLE". */
    private final String[] claimed;
    private final List<Mention> mentions = new ArrayList<>();

    SentenceReader(int sentence, List<Word> words, String body) {
        this.sentence = sentence;
        this.words = words;
        this.body = body;
        this.claimed = new String[words.size()];
    }

    List<Mention> read() {
        people();
        headedNames();
        taggedRuns();
        demonymsAndGroups();
        acronyms();
        countriesOfOrganizations();
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    // ---- people, with the titles and affiliations around them -------------------------------------

    private void people() {
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).ner().equals("PERSON")) {
                i++;
                continue;
            }
            int to = i;
            while (to < words.size() && words.get(to).ner().equals("PERSON")) {
                to++;
            }
            int from = i;
            // titles and honorifics that CoreNLP took into the name ("President Yoon") leave it
            while (from < to && (Titles.titleWord(words.get(from).text()) || Titles.HONORIFICS.contains(words.get(from).text()))) {
                from++;
            }
            while (to > from && words.get(to - 1).possessive()) {
                to--;
            }
            // a name part CoreNLP missed before the tagged part ("No Kwang Chol")
            while (from > 1 && extendsName(words.get(from - 1)) && Titles.titleWord(words.get(from - 2).text())) {
                from--;
            }
            if (from < to) {
                Role role = titleBefore(from).or(appositive(to)).or(ledBy(from));
                add(from, to, "PERSON", null, role.empty() ? null : role);
            }
            i = Math.max(to, i + 1);
        }
    }

    private static boolean extendsName(Word w) {
        return w.properNoun() && w.capitalized() && !w.tagged() && !w.allCaps() && !Titles.titleWord(w.text())
                && !Titles.HONORIFICS.contains(w.text()) && !CalendarWords.isMonthOrWeekday(w.text()) && !CountryNames.isCountryOrDemonym(w.text());
    }

    /** "North Korean Foreign Minister [Choe]", "Pentagon spokesperson [Sabrina Singh]", "Australia's Foreign Minister". */
    private Role titleBefore(int nameStart) {
        int end = nameStart;
        int k = end - 1;
        if (k < 0 || !Titles.HEADS.contains(words.get(k).text())) {
            return Role.NONE;
        }
        while (k >= 0 && isTitleWord(words.get(k))) {
            k--;
        }
        int start = k + 1;
        if (start >= end) {
            return Role.NONE;
        }
        for (int t = start; t < end; t++) {
            claimed[t] = "TITLE";
        }
        String title = span(start, end);
        Role affiliation = affiliationBefore(start);
        return new Role(title, affiliation.affiliation(), affiliation.country());
    }

    private boolean isTitleWord(Word w) {
        return (Titles.HEADS.contains(w.text()) || Titles.MODIFIERS.contains(w.text())) && !Titles.DESCRIPTIVE.contains(w.text())
                && !w.possessive();
    }

    /** The affiliation written before a pre-name title: a possessive, a demonym, an organisation or a country. */
    private Role affiliationBefore(int titleStart) {
        int k = titleStart - 1;
        while (k >= 0 && Titles.DESCRIPTIVE.contains(words.get(k).text())) {
            k--;
        }
        if (k < 0) {
            return Role.NONE;
        }
        if (words.get(k).possessive()) {
            return possessor(k - 1);
        }
        Role demonym = demonymEndingAt(k);
        if (demonym != null) {
            return demonym;
        }
        Word w = words.get(k);
        if (w.capitalized() && (w.tagged() || w.allCaps() || w.properNoun())) {
            int s = k;
            while (s > 0 && words.get(s - 1).capitalized() && words.get(s - 1).ner().equals(w.ner())
                    && !Titles.HEADS.contains(words.get(s - 1).text())) {
                s--;
            }
            return named(s, k + 1);
        }
        return Role.NONE;
    }

    /** A name ending at word {@code last} followed by a possessive: "Australia's", "South Korea's". */
    private Role possessor(int last) {
        if (last < 0 || !words.get(last).capitalized()) {
            return Role.NONE;
        }
        int s = last;
        String ner = words.get(last).ner();
        while (s > 0 && words.get(s - 1).capitalized() && (ner.equals("O") || words.get(s - 1).ner().equals(ner))
                && !Titles.titleWord(words.get(s - 1).text()) && !words.get(s - 1).possessive()) {
            s--;
        }
        return named(s, last + 1);
    }

    /** The role a name gives: a country by its name, otherwise the organisation as written. */
    private Role named(int from, int to) {
        String text = span(from, to);
        Optional<Country> country = CountryNames.byName(text);
        if (country.isPresent()) {
            return new Role(null, country.get().name(), country.get().code());
        }
        return new Role(null, stripDeterminer(text), null);
    }

    private Role demonymEndingAt(int k) {
        if (k >= 1) {
            Optional<Country> two = CountryNames.byDemonym(words.get(k - 1).text() + " " + words.get(k).text());
            if (two.isPresent()) {
                return new Role(null, two.get().name(), two.get().code());
            }
        }
        Word w = words.get(k);
        if (w.ner().equals("PERSON")) {
            return null;
        }
        return CountryNames.byDemonym(w.text()).map(c -> new Role(null, c.name(), c.code())).orElse(null);
    }

    /** "[Hamdullah Fitrat], deputy spokesperson of Afghanistan's Taliban government", "[X], a political analyst based in Kabul". */
    private Role appositive(int nameEnd) {
        int k = nameEnd;
        if (k >= words.size() || !words.get(k).text().equals(",")) {
            return Role.NONE;
        }
        k++;
        if (k < words.size() && DETERMINERS.contains(words.get(k).lower())) {
            k++;
        }
        Role owner = Role.NONE;
        // "X, Pakistan's spokesman"
        int p = k;
        while (p < words.size() && p < k + 4 && words.get(p).capitalized() && !words.get(p).possessive()
                && !Titles.titleWord(words.get(p).text())) {
            p++;
        }
        if (p > k && p < words.size() && words.get(p).possessive()) {
            owner = named(k, p);
            k = p + 1;
        }
        // up to three describing words before the title ("a political analyst", "a senior military official")
        int limit = Math.min(words.size(), k + 6);
        int titleStart = -1;
        int titleEnd = -1;
        for (int t = k; t < limit; t++) {
            Word w = words.get(t);
            if (w.text().equals(",") || w.pos().startsWith("VB") || w.pos().equals("IN")) {
                break;
            }
            if (Titles.HEADS.contains(w.text()) && !w.capitalized() || Titles.HEADS.contains(w.text()) && !w.tagged()) {
                titleEnd = t + 1;
                // a head may be followed by another ("deputy spokesperson"), or be a modifier itself ("deputy")
                while (titleEnd < limit && Titles.HEADS.contains(words.get(titleEnd).text())) {
                    titleEnd++;
                }
                titleStart = t;
                while (titleStart > k && isTitleWord(words.get(titleStart - 1))) {
                    titleStart--;
                }
                break;
            }
        }
        if (titleEnd < 0) {
            return Role.NONE;
        }
        String title = span(titleStart, titleEnd);
        Role of = Role.NONE;
        int q = titleEnd;
        if (q < words.size() && ROLE_PREPOSITIONS.contains(words.get(q).lower())) {
            of = affiliationPhrase(q + 1);
        }
        // "Mark Rutte, NATO Secretary-General", "X, the South Korean foreign minister"
        Role before = titleStart > k ? affiliationBefore(titleStart) : Role.NONE;
        return new Role(title, null, null).or(of).or(owner).or(before);
    }

    /**
     * The organisation or country after "of"/"for": "Afghanistan's Taliban government" (Taliban, AF),
     * "South Korea's Unification Ministry", "Pakistan's prime minister" (Pakistan), "the Korean People's Army's
     * General Political Bureau" (Korean People's Army).
     */
    private Role affiliationPhrase(int k) {
        if (k < words.size() && DETERMINERS.contains(words.get(k).lower())) {
            k++;
        }
        String country = null;
        String countryName = null;
        String organization = null;
        while (k < words.size() && affiliationWord(words.get(k))) {
            int s = k;
            while (k < words.size() && (affiliationWord(words.get(k)) || connectorInside(k) && k > s)) {
                k++;
            }
            // an organisation tagged across a possessive ("Korean People's Army") continues past it
            while (k + 1 < words.size() && words.get(k).possessive() && words.get(k).ner().equals("ORGANIZATION")
                    && words.get(k + 1).ner().equals("ORGANIZATION")) {
                k += 2;
                while (k < words.size() && words.get(k).capitalized() && words.get(k).ner().equals("ORGANIZATION")) {
                    k++;
                }
            }
            String text = span(s, k);
            Optional<Country> c = CountryNames.byName(text);
            if (c.isPresent()) {
                if (country == null) {
                    country = c.get().code();
                    countryName = c.get().name();
                }
            } else if (organization == null) {
                organization = text;
            }
            if (k < words.size() && words.get(k).possessive()) {
                k++;
            } else {
                break;
            }
        }
        if (organization != null) {
            return new Role(null, organization, country);
        }
        return country != null ? new Role(null, countryName, country) : Role.NONE;
    }

    private static boolean affiliationWord(Word w) {
        return w.capitalized() && !w.possessive() && !Titles.HEADS.contains(w.text()) && !w.ner().equals("PERSON");
    }

    /** "a Russian delegation headed by Vice Defense Minister [Viktor Goremykin]". */
    private Role ledBy(int nameStart) {
        int k = nameStart - 1;
        while (k >= 0 && claimed[k] != null && claimed[k].equals("TITLE")) {
            k--;
        }
        if (k < 1 || !words.get(k).lower().equals("by")) {
            return Role.NONE;
        }
        String verb = words.get(k - 1).lower();
        if (!verb.equals("led") && !verb.equals("headed") && !verb.equals("chaired")) {
            return Role.NONE;
        }
        for (int t = k - 2; t >= Math.max(0, k - 5); t--) {
            Word w = words.get(t);
            if (w.text().equals(",")) {
                break;
            }
            Role d = demonymEndingAt(t);
            if (d != null) {
                return d;
            }
            Optional<Country> c = CountryNames.byName(w.text());
            if (c.isPresent()) {
                return new Role(null, c.get().name(), c.get().code());
            }
        }
        return Role.NONE;
    }

    // ---- names known by their head noun ---------------------------------------------------------------

    /** "National Intelligence Service", "Ministry of Defense" (organisations), "Friendship Gate", "Durand Line". */
    private void headedNames() {
        int i = 0;
        while (i < words.size()) {
            if (!startsCapitalSequence(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < words.size() && (capitalWord(j) || connectorInside(j))) {
                j++;
            }
            int from = i;
            if (from < j && DETERMINERS.contains(words.get(from).lower())) {
                from++;
            }
            String type = null;
            int headAt = -1;
            for (int t = j - 1; t >= from; t--) {
                String w = words.get(t).text();
                if (NameHeads.organization(w)) {
                    type = "ORGANIZATION";
                } else if (NameHeads.facility(w)) {
                    type = "FACILITY";
                } else if (NameHeads.FEATURES.contains(w)) {
                    type = "LOCATION";
                }
                if (type != null) {
                    headAt = t;
                    break;
                }
            }
            if (type == null) {
                i = j;
                continue;
            }
            // "Fellow of All Souls College", "Member of the Legislative Assembly": the name is the part with the head
            int segment = headAt;
            while (segment > from && !connector(segment - 1)) {
                segment--;
            }
            if (segment > from && !anyHead(from, segment)) {
                from = segment;
            }
            // "South Korean Defense Ministry": the untagged demonym says whose, and is no part of the name
            String country = null;
            for (int n = 2; n >= 1; n--) {
                if (from + n < j && !words.get(from).tagged()) {
                    Optional<Country> c = CountryNames.byDemonym(span(from, from + n));
                    if (c.isPresent() && headAt - (from + n) >= 1) {
                        country = c.get().code();
                        from += n;
                        break;
                    }
                }
            }
            // CoreNLP knew this name and its class stands, except that it has no class for facilities and
            // natural features and calls them all LOCATION ("Torkham Gate", "Indus River")
            String knownAs = oneTaggedRun(from, j);
            boolean refines = "LOCATION".equals(knownAs) && !type.equals("ORGANIZATION");
            boolean ok = j - from >= 2 && (headAt == j - 1 || words.get(headAt + 1).lower().equals("of"))
                    && (knownAs == null || refines);
            for (int t = from; ok && t < j; t++) {
                if (claimed[t] != null || words.get(t).ner().equals("PERSON") || CalendarWords.isMonthOrWeekday(words.get(t).text())) {
                    ok = false;
                }
            }
            if (ok) {
                add(from, j, type, type.equals("ORGANIZATION") ? country : null, null);
            }
            i = j;
        }
    }

    private static boolean anyHead(List<Word> words, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = words.get(t).text();
            if (NameHeads.organization(w) || NameHeads.facility(w) || NameHeads.FEATURES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyHead(int from, int to) {
        return anyHead(words, from, to);
    }

    /** CoreNLP's tag when it tagged every capitalised word of [from, to) alike, else null. */
    private String oneTaggedRun(int from, int to) {
        String ner = null;
        for (int t = from; t < to; t++) {
            Word w = words.get(t);
            if (!w.capitalized()) {
                continue;
            }
            if (!w.tagged() || ner != null && !ner.equals(w.ner())) {
                return null;
            }
            ner = w.ner();
        }
        return ner;
    }

    private boolean startsCapitalSequence(int i) {
        return capitalWord(i) && (i == 0 || !capitalWord(i - 1));
    }

    private boolean capitalWord(int i) {
        Word w = words.get(i);
        return w.capitalized() && !w.possessive() && (w.properNoun() || w.pos().equals("JJ") || w.pos().equals("NNS")
                || w.pos().equals("NN") || w.pos().equals("CD") || w.tagged());
    }

    /** "of" in "Ministry of Defense", "of the" in "Organization of the Islamic Cooperation". */
    private boolean connectorInside(int i) {
        if (i == 0 || i + 1 >= words.size() || !connector(i)) {
            return false;
        }
        boolean before = capitalWord(i - 1) || connector(i - 1) && i > 1 && capitalWord(i - 2);
        int next = i + 1;
        if (connector(next) && next + 1 < words.size()) {
            next++;
        }
        return before && capitalWord(next);
    }

    private boolean connector(int i) {
        return CONNECTORS.contains(words.get(i).lower()) && !words.get(i).capitalized();
    }

    // ---- CoreNLP's remaining runs ------------------------------------------------------------------

    private void taggedRuns() {
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            if (!w.tagged() || claimed[i] != null || w.ner().equals("PERSON")) {
                i++;
                continue;
            }
            String ner = w.ner();
            int j = i + 1;
            while (j < words.size() && claimed[j] == null) {
                Word next = words.get(j);
                if (next.ner().equals(ner) && !next.possessive()) {
                    j++;
                } else if (next.possessive() && next.ner().equals(ner) && j + 1 < words.size()
                        && words.get(j + 1).ner().equals(ner) && claimed[j + 1] == null
                        && (ner.equals("ORGANIZATION") || countryAcrossPossessive(i, j + 1, ner))) {
                    j += 2;
                } else {
                    break;
                }
            }
            int from = i;
            while (from < j && words.get(from).possessive()) {
                from++;
            }
            int to = j;
            while (to > from && (words.get(to - 1).possessive() || !Character.isLetterOrDigit(words.get(to - 1).text().charAt(0)))) {
                to--;
            }
            if (from < to) {
                classifyRun(from, to, ner);
            }
            i = j;
        }
    }

    /** Whether a run of {@code ner} from word i, resumed at word k after a possessive, names a country: "People's Republic of China". */
    private boolean countryAcrossPossessive(int i, int k, String ner) {
        int end = k;
        while (end < words.size() && words.get(end).ner().equals(ner) && !words.get(end).possessive() && claimed[end] == null) {
            end++;
        }
        return CountryNames.byName(span(i, end)).isPresent();
    }

    private void classifyRun(int from, int to, String ner) {
        String text = span(from, to);
        Optional<Country> country = CountryNames.byName(text);
        switch (ner) {
            case "ORGANIZATION" -> {
                if (country.isPresent()) {
                    add(from, to, "GPE", country.get().code(), null);
                } else {
                    add(from, to, "ORGANIZATION", null, null);
                }
            }
            // a place's name naming a disease ("West Nile virus", "Reston ebolavirus") is no place there; a country's
            // stays one ("the Sudan strain" is also a story about Sudan)
            case "LOCATION" -> add(from, to, (to < words.size() && NameClasses.DISEASE_WORDS.contains(words.get(to).text()) || NameClasses.PATHOGENS.contains(text))
                    && country.isEmpty() ? "OTHER" : "GPE", country.map(Country::code).orElse(null), null);
            case "MISC" -> {
                Optional<Country> demonym = CountryNames.byDemonym(text);
                if (demonym.isPresent() || NameClasses.GROUP_ADJECTIVES.contains(text)) {
                    add(from, to, "NORP", demonym.map(Country::code).orElse(null), null);
                } else {
                    add(from, to, "OTHER", null, null);
                }
            }
            default -> add(from, to, "OTHER", null, null);
        }
    }

    // ---- nationalities, groups, acronyms ------------------------------------------------------------

    private void demonymsAndGroups() {
        for (int i = 0; i < words.size(); i++) {
            if (claimed[i] != null) {
                continue;
            }
            if (i + 1 < words.size() && claimed[i + 1] == null && words.get(i + 1).capitalized()
                    && Character.isLetter(words.get(i + 1).text().charAt(0))) {
                Optional<Country> two = CountryNames.byDemonym(words.get(i).text() + " " + words.get(i + 1).text());
                if (two.isPresent()) {
                    add(i, i + 2, "NORP", two.get().code(), null);
                    i++;
                    continue;
                }
            }
            Word w = words.get(i);
            if (w.ner().equals("PERSON") || !w.capitalized() || !Character.isLetter(w.text().charAt(w.text().length() - 1))
                    || beginsLongerName(i)) {
                continue;
            }
            Optional<Country> one = CountryNames.byDemonym(w.text());
            if (one.isPresent() && CountryNames.byName(w.text()).isEmpty()) {
                add(i, i + 1, "NORP", one.get().code(), null);
            } else if (NameClasses.GROUP_ADJECTIVES.contains(w.text())) {
                add(i, i + 1, "NORP", null, null);
            }
        }
    }

    /** "Russian Empire", "French Revolution": the adjective is part of a name CoreNLP did not tag. */
    private boolean beginsLongerName(int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        Word next = words.get(i + 1);
        return next.capitalized() && next.properNoun() && !next.tagged() && claimed[i + 1] == null
                && !Titles.titleWord(next.text()) && !CountryNames.isCountryOrDemonym(next.text());
    }

    /** An untagged word in capitals ("KCNA", "TASS") names an organisation unless it is a country code or a title. */
    private void acronyms() {
        long capitals = words.stream().filter(w -> w.allCaps() && w.text().length() > 1).count();
        if (capitals * 2 > words.size()) {
            return; // a headline in capitals
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (claimed[i] != null || w.tagged() || !w.allCaps() || !w.properNoun()) {
                continue;
            }
            String letters = w.text().replace(".", "").replace("&", "");
            if (letters.length() < 3 || letters.length() > 7 || NameClasses.NOT_ORGANIZATIONS.contains(letters) || !letters.chars().allMatch(Character::isLetter)
                    || Titles.titleWord(w.text()) || romanNumeral(letters)) {
                continue;
            }
            Optional<Country> country = CountryNames.byName(w.text());
            if (country.isPresent()) {
                add(i, i + 1, "GPE", country.get().code(), null);
            } else {
                add(i, i + 1, "ORGANIZATION", null, null);
            }
        }
        // two capitals name a country only in the forms news writes ("US-led"), not as any ISO code ("DJ", "CD")
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (claimed[i] == null && !w.tagged() && w.allCaps() && w.text().replace(".", "").length() == 2
                    && NameClasses.COUNTRY_ABBREVIATIONS.contains(w.text())) {
                CountryNames.byName(w.text()).ifPresent(c -> add(w.index(), w.index() + 1, "GPE", c.code(), null));
            }
        }
    }

    private static boolean romanNumeral(String s) {
        return s.matches("[IVXLC]+");
    }

    /** "South Korea's National Intelligence Service" and "Afghan Taliban" say whose organisation it is. */
    private void countriesOfOrganizations() {
        for (int m = 0; m < mentions.size(); m++) {
            Mention org = mentions.get(m);
            if (!org.type().equals("ORGANIZATION") || org.country() != null || org.from() == 0) {
                continue;
            }
            int k = org.from() - 1;
            String code = null;
            if (words.get(k).possessive() && k > 0) {
                code = countryOfWordAt(k - 1);
            } else {
                Role d = demonymEndingAt(k);
                code = d == null ? null : d.country();
            }
            if (code != null) {
                mentions.set(m, org.withCountry(code));
            }
        }
    }

    private String countryOfWordAt(int k) {
        for (Mention m : mentions) {
            if (m.from() <= k && k < m.to() && m.type().equals("GPE")) {
                return m.country();
            }
        }
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private void add(int from, int to, String type, String country, Role role) {
        for (int t = from; t < to; t++) {
            if (claimed[t] == null || claimed[t].equals("TITLE") && type.equals("PERSON")) {
                claimed[t] = type;
            }
        }
        Word first = words.get(from);
        Word last = words.get(to - 1);
        mentions.add(new Mention(sentence, from, to, first.start(), last.end(), body.substring(first.start(), last.end()),
                type, country, role, false));
    }

    private String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return body.substring(words.get(from).start(), words.get(to - 1).end());
    }

    private static String stripDeterminer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? text.substring(4) : text;
    }

    List<Word> words() {
        return words;
    }
}
