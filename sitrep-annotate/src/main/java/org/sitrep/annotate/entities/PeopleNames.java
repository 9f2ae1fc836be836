package org.sitrep.annotate.entities;

import org.sitrep.annotate.entities.Mention.Role;
import org.sitrep.annotate.lexicon.CalendarWords;
import org.sitrep.annotate.lexicon.PlaceWords;
import org.sitrep.annotate.lexicon.Titles;

/**
 * The people of a sentence: CoreNLP's PERSON runs without the titles and honorifics it took into them ("President
 * Yoon"), with a name part it missed before them ("No Kwang Chol"), each with the role written around it.
 */
final class PeopleNames extends SentenceRule {

    private final Roles roles;

    PeopleNames(SentenceWords sentence, Roles roles) {
        super(sentence);
        this.roles = roles;
    }

    void read() {
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).ner().equals("PERSON") || claimed[i] != null) {
                i++;
                continue;
            }
            int to = i;
            while (to < words.size() && words.get(to).ner().equals("PERSON") && claimed[to] == null) {
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
            if (from < to && placeOfItsPeople(from)) {
                add(from, to, "GPE", CountryNames.byName(span(from, to)).map(c -> c.code()).orElse(null), null);
            } else if (from < to) {
                Role role = roles.titleBefore(from).or(roles.appositive(to)).or(roles.ledBy(from)).or(roles.appositionBefore(from));
                add(from, to, "PERSON", null, role.empty() ? null : role);
            }
            i = Math.max(to, i + 1);
        }
    }

    /**
     * "Residents of Qusayr", "the town of Qusayr": a name after "of" and a noun for the people who live somewhere or
     * for a kind of place is that place's, however CoreNLP tagged it.
     */
    private boolean placeOfItsPeople(int from) {
        if (from < 2 || !words.get(from - 1).lower().equals("of")) {
            return false;
        }
        String noun = words.get(from - 2).text();
        return PlaceWords.RESIDENTS.contains(noun) || PlaceWords.OF_PLACE.contains(noun);
    }

    private static boolean extendsName(Word w) {
        return w.properNoun() && w.capitalized() && !w.tagged() && !w.allCaps() && !Titles.titleWord(w.text())
                && !Titles.HONORIFICS.contains(w.text()) && !CalendarWords.isMonthOrWeekday(w.text()) && !CountryNames.isCountryOrDemonym(w.text());
    }
}
