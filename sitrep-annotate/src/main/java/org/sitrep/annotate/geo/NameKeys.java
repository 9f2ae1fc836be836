package org.sitrep.annotate.geo;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.PlaceNames;

/** The key a place name is looked up and grouped by, and whether a name is a place's at all. */
final class NameKeys {

    private final Gazetteer gazetteer;
    private final Countries countries;

    NameKeys(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /**
     * The name's lookup key; a country's code as news writes it ("U.S.", "UK", "DPRK") is keyed as the
     * country's name, so it resolves to the country (not to Us in France) and joins the country's entity.
     */
    String keyOf(String text) {
        String spelt = PlaceNames.spellInitials(text);
        if (!spelt.equals(text)) {
            return PlaceNames.key(spelt);
        }
        String compact = text.replace(".", "").replace(" ", "");
        if (compact.length() >= 2 && compact.length() <= 4 && compact.equals(compact.toUpperCase(Locale.ROOT))
                && compact.chars().allMatch(Character::isLetter)) {
            // A dotted abbreviation the gazetteer holds as a first-level region is the region as US news writes it
            // ("Greenville, S.C."), not the country whose ISO code has the same letters (Seychelles).
            boolean region = text.contains(".") && gazetteer.lookup(text).stream().anyMatch(e -> "ADM1".equals(e.feature()));
            Optional<Country> c = region ? Optional.empty() : countries.byName(text);
            if (c.isPresent()) {
                return PlaceNames.key(c.get().name());
            }
        }
        return PlaceNames.key(text);
    }

    /** A name of the gazetteer or of a country. */
    boolean isPlaceName(String text) {
        return gazetteer.contains(text) || countries.byName(text).isPresent();
    }
}
