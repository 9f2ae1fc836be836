package org.sitrep.annotate.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.PlaceNames;

/** Country names and demonyms, as the entity reader asks for them (backed by {@link Countries}). */
final class CountryNames {

    /**
     * Where several countries share a demonym ("American": the United States, the Northern Mariana
     * Islands), the one with a name of the same stem ("America") is meant. Built once per JVM.
     */
    private static final class SharedDemonyms {
        static final Map<String, Country> PREFERRED = preferred();
    }

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
        Optional<Country> found = Countries.instance().byDemonym(words);
        if (found.isEmpty()) {
            return found;
        }
        String key = PlaceNames.key(words);
        Country preferred = SharedDemonyms.PREFERRED.get(key);
        if (preferred == null && key.endsWith("s")) {
            preferred = SharedDemonyms.PREFERRED.get(key.substring(0, key.length() - 1));
        }
        return preferred != null ? Optional.of(preferred) : found;
    }

    static boolean isCountryOrDemonym(String word) {
        return byName(word).isPresent() || byDemonym(word).isPresent();
    }

    private static Map<String, Country> preferred() {
        Map<String, Country> out = new HashMap<>();
        for (Country c : Countries.instance().all()) {
            for (String d : c.demonyms()) {
                String key = PlaceNames.key(d);
                if (key.length() >= 4 && sharesStem(c, key.substring(0, 4))) {
                    out.putIfAbsent(key, c);
                }
            }
        }
        return out;
    }

    private static boolean sharesStem(Country c, String stem) {
        if (PlaceNames.key(c.name()).startsWith(stem)) {
            return true;
        }
        for (String n : c.names()) {
            if (PlaceNames.key(n).startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
