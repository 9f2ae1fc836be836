package org.sitrep.link.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.lexicon.AlternativeNames;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;

/**
 * The lookup keys of an entity: an entity already linked that shares a key with a new article's entity is a
 * candidate for being the same thing ({@link EntityResolver} decides). Keys are cheap to index in a database,
 * so linking an article looks up only its own entities' keys, never the whole store.
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    /** The keys of an entity of this kind with these names, country and gazetteer place. */
    public static Set<String> of(EntityKind kind, List<String> names, Long geonameid) {
        Set<String> keys = new LinkedHashSet<>();
        String prefix = kind.name().substring(0, 3) + ":";
        if (kind == EntityKind.PLACE) {
            if (geonameid != null) {
                keys.add("geo:" + geonameid);
            } else {
                names.forEach(n -> keys.add(prefix + NameForms.normal(n)));
            }
            return keys;
        }
        for (String name : names) {
            List<String> words = NameForms.words(name);
            if (words.isEmpty()) {
                continue;
            }
            if (kind == EntityKind.PERSON) {
                // a full name is a key; each of its words finds it from an article that gives only one ("Yoon")
                if (words.size() > 1) {
                    keys.add(prefix + String.join(" ", words));
                }
                words.forEach(w -> keys.add(prefix + "word:" + w));
                continue;
            }
            keys.add(prefix + String.join(" ", words));
            String written = NameForms.asAcronym(name);
            String derived = NameForms.acronymOf(name);
            if (written != null) {
                keys.add(prefix + "acronym:" + written);
            }
            if (derived != null) {
                keys.add(prefix + "acronym:" + derived);
            }
            commonName(name).ifPresent(c -> keys.add(prefix + "body:" + NameForms.normal(c)));
            Prefixed p = withoutCountryPrefix(name);
            if (p != null) {
                keys.add(prefix + p.rest());
            }
        }
        return keys;
    }

    /** The common name of the body a name is one of the names of, from the lexicon's list of alternative names. */
    static Optional<String> commonName(String name) {
        String n = name.strip();
        Optional<String> common = AlternativeNames.instance().commonNameOf(n);
        if (common.isEmpty() && n.regionMatches(true, 0, "the ", 0, 4)) {
            common = AlternativeNames.instance().commonNameOf(n.substring(4));
        }
        return common;
    }

    /** A name that starts with a country's name or demonym ("Afghan Taliban"): the country and the rest, normalised. */
    record Prefixed(String country, String rest) {
    }

    /** The country prefix of a name of two or more words and what follows it, or null where it has none. */
    static Prefixed withoutCountryPrefix(String name) {
        String[] words = name.strip().split("\\s+");
        for (int take = Math.min(2, words.length - 1); take >= 1; take--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, take));
            if (!Character.isUpperCase(head.codePointAt(0))) {
                continue;
            }
            Optional<Country> c = Countries.instance().byDemonym(head).or(() -> Countries.instance().byName(head));
            if (c.isPresent()) {
                String rest = NameForms.normal(String.join(" ", java.util.Arrays.copyOfRange(words, take, words.length)));
                if (!rest.isEmpty()) {
                    return new Prefixed(c.get().code(), rest);
                }
            }
        }
        return null;
    }
}
