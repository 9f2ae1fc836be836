package org.sitrep.annotate.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.entities.Mention.Role;
import org.sitrep.annotate.lexicon.Country;

/**
 * Whose "the army" is: the one country the article writes it of ("the Somali army", "Somalia's army"), for a person
 * affiliated with the body without its country ("a spokesman for the army"). Two countries' armies leave it unknown.
 */
final class BodyOwners {

    private BodyOwners() {
    }

    /** The body of {@code noun} ("army") the article gives a country, as it writes it ("Somali army"), with the country. */
    static Optional<Role> whose(List<List<Word>> sentences, String noun, String body) {
        Map<String, Role> byCountry = new LinkedHashMap<>();
        for (List<Word> words : sentences) {
            for (int t = 1; t < words.size(); t++) {
                if (words.get(t).lower().equals(noun)) {
                    Role owner = ownerBefore(words, t, body);
                    if (owner != null) {
                        byCountry.putIfAbsent(owner.country(), owner);
                    }
                }
            }
        }
        return byCountry.size() == 1 ? Optional.of(byCountry.values().iterator().next()) : Optional.empty();
    }

    /** "Somali army", "South Sudanese army", "Somalia's army": the country written before word t, or null. */
    private static Role ownerBefore(List<Word> words, int t, String body) {
        for (int n = Math.min(2, t); n >= 1; n--) {
            Optional<Country> c = CountryNames.byDemonym(text(words, t - n, t, body));
            if (c.isPresent()) {
                return new Role(null, text(words, t - n, t + 1, body), c.get().code());
            }
        }
        if (t >= 2 && words.get(t - 1).possessive()) {
            for (int n = Math.min(3, t - 1); n >= 1; n--) {
                Optional<Country> c = CountryNames.byName(text(words, t - 1 - n, t - 1, body));
                if (c.isPresent()) {
                    return new Role(null, text(words, t - 1 - n, t + 1, body), c.get().code());
                }
            }
        }
        return null;
    }

    private static String text(List<Word> words, int from, int to, String body) {
        return body.substring(words.get(from).start(), words.get(to - 1).end());
    }
}
