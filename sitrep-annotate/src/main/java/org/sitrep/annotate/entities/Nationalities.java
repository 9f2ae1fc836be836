package org.sitrep.annotate.entities;

import java.util.Optional;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.NameClasses;
import org.sitrep.annotate.lexicon.Titles;

/** Names of nationalities and groups no run holds: "South Korean", "Afghan", "Muslim" (NORP). */
final class Nationalities extends SentenceRule {

    Nationalities(SentenceWords sentence) {
        super(sentence);
    }

    void read() {
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
}
