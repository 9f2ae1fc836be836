package org.sitrep.annotate.entities;

import java.util.Optional;
import org.sitrep.annotate.geo.Countries;
import org.sitrep.annotate.geo.Country;

/** Country names and demonyms, as the entity reader asks for them (backed by {@link Countries}). */
final class CountryNames {

    private CountryNames() {
    }

    static Optional<Country> byName(String name) {
        return Countries.instance().byName(name);
    }

    /** A demonym used as an adjective: "North Korean", "Afghan"; capitalised words only. */
    static Optional<Country> byDemonym(String words) {
        if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))) {
            return Optional.empty();
        }
        return Countries.instance().byDemonym(words);
    }

    static boolean isCountryOrDemonym(String word) {
        return byName(word).isPresent() || byDemonym(word).isPresent();
    }
}
