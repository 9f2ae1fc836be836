package org.sitrep.annotate.entities;

import java.util.Optional;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.NameClasses;

/**
 * CoreNLP's remaining entity runs, classified: an organisation run that is a country's name is that country, a
 * location that names a disease ("West Nile virus") is none, a MISC run that is a demonym or a group is NORP.
 */
final class TaggedRuns extends SentenceRule {

    TaggedRuns(SentenceWords sentence) {
        super(sentence);
    }

    void read() {
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
}
