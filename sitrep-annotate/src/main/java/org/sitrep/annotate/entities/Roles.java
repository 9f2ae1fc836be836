package org.sitrep.annotate.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.entities.Mention.Role;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.EventWords;
import org.sitrep.annotate.lexicon.Titles;

/**
 * The titles and affiliations written around a person's name: before it ("North Korean Foreign Minister Choe"),
 * in an apposition after it ("X, deputy spokesperson of Afghanistan's Taliban government"), or in the phrase
 * that names whom a delegation is led by. The words of a title before the name are claimed as "TITLE".
 */
final class Roles extends SentenceRule {

    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at", "with", "to", "from");

    Roles(SentenceWords sentence) {
        super(sentence);
    }

    /** "North Korean Foreign Minister [Choe]", "Pentagon spokesperson [Sabrina Singh]", "Australia's Foreign Minister". */
    Role titleBefore(int nameStart) {
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

    boolean isTitleWord(Word w) {
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

    Role demonymEndingAt(int k) {
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
    Role appositive(int nameEnd) {
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
            if (of.empty()) {
                of = bodyPhrase(q + 1);
            }
        }
        // "Mark Rutte, NATO Secretary-General", "X, the South Korean foreign minister"
        Role before = titleStart > k ? affiliationBefore(titleStart) : Role.NONE;
        return new Role(title, null, null).or(of).or(owner).or(before);
    }

    /**
     * A title in an apposition before the name: "A spokesman for the army, [Colonel Abdullahi Ali]", "Burkina Faso's
     * leader, [Captain Ibrahim Traore]". The phrase ends at the comma before the name (and the title written with it).
     */
    Role appositionBefore(int nameStart) {
        int comma = nameStart - 1;
        while (comma >= 0 && "TITLE".equals(claimed[comma])) {
            comma--;
        }
        if (comma < 1 || !words.get(comma).text().equals(",")) {
            return Role.NONE;
        }
        for (int p = comma - 1; p >= Math.max(0, comma - 8); p--) {
            Word w = words.get(p);
            if (w.text().equals(",") || w.pos().startsWith("VB") || w.ner().equals("PERSON")) {
                break;
            }
            if (!Titles.HEADS.contains(w.text())) {
                continue;
            }
            Role of = Role.NONE;
            if (p + 1 < comma) {
                if (!ROLE_PREPOSITIONS.contains(words.get(p + 1).lower())) {
                    return Role.NONE;
                }
                of = affiliationPhrase(p + 2);
                of = of.empty() ? bodyPhrase(p + 2) : of;
            }
            int titleStart = p;
            while (titleStart > 0 && isTitleWord(words.get(titleStart - 1))) {
                titleStart--;
            }
            // the phrase names the person, not the object of a preposition ("Speaking to the minister, Ali said")
            int phraseStart = titleStart;
            while (phraseStart > 0 && (DETERMINERS.contains(words.get(phraseStart - 1).lower())
                    || words.get(phraseStart - 1).possessive() || words.get(phraseStart - 1).capitalized())) {
                phraseStart--;
            }
            String before = phraseStart > 0 ? words.get(phraseStart - 1).pos() : "";
            if (before.equals("IN") || before.equals("TO")) {
                return Role.NONE;
            }
            return new Role(span(titleStart, p + 1), null, null).or(of).or(affiliationBefore(titleStart));
        }
        return Role.NONE;
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

    /**
     * "the army" of "a spokesman for the army": a body written without a name, as the affiliation "the army", which
     * the article's "Somali army" may later say whose it is.
     */
    private Role bodyPhrase(int k) {
        if (k + 1 >= words.size() || !words.get(k).lower().equals("the")) {
            return Role.NONE;
        }
        Word body = words.get(k + 1);
        if (body.capitalized() || Titles.HEADS.contains(body.text()) || EventWords.instance().kind(body.lower()).isEmpty()) {
            return Role.NONE;
        }
        return new Role(null, "the " + body.text(), null);
    }

    private static boolean affiliationWord(Word w) {
        return w.capitalized() && !w.possessive() && !Titles.HEADS.contains(w.text()) && !w.ner().equals("PERSON");
    }

    /** "a Russian delegation headed by Vice Defense Minister [Viktor Goremykin]". */
    Role ledBy(int nameStart) {
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

    private static String stripDeterminer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? text.substring(4) : text;
    }
}
