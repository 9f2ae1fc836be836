package org.sitrep.annotate.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.lexicon.Country;

/**
 * A country's name CoreNLP tagged as a person ("Burkina Faso's leader", "Burkina Faso and Niger") is the country: a
 * name the gazetteer knows as a country is no person's, unless the article names a person with it ("Chad" of a "Chad
 * Smith" it also names).
 */
final class CountriesNamedAsPeople {

    private CountriesNamedAsPeople() {
    }

    static List<Mention> retype(List<Mention> mentions) {
        Set<String> personWords = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type().equals("PERSON") && CountryNames.byName(m.text()).isEmpty()) {
                for (String w : m.text().split("\\s+")) {
                    personWords.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Optional<Country> country = m.type().equals("PERSON") ? CountryNames.byName(m.text()) : Optional.empty();
            if (country.isPresent() && !personWords.contains(m.text().toLowerCase(Locale.ROOT))) {
                out.add(m.withType("GPE").withCountry(country.get().code()).withRole(null));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
