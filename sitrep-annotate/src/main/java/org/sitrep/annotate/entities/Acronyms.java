package org.sitrep.annotate.entities;

import java.util.Optional;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.NameClasses;
import org.sitrep.annotate.lexicon.Titles;

/**
 * Untagged words in capitals: an organisation's acronym ("KCNA", "TASS") unless it is a country's code, a title,
 * a unit or a Roman numeral; two capitals only in the country abbreviations news writes ("US-led").
 */
final class Acronyms extends SentenceRule {

    Acronyms(SentenceWords sentence) {
        super(sentence);
    }

    /** An untagged word in capitals ("KCNA", "TASS") names an organisation unless it is a country code or a title. */
    void read() {
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
}
