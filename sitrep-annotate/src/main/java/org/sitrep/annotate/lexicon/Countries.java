package org.sitrep.annotate.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world's countries with their names and demonyms, from the gazetteer resource built by
 * {@code tools/gazetteer} from npm {@code world-countries} and GeoNames' country records (see {@link
 * GazetteerTable}). Loaded once per JVM on first use.
 */
public final class Countries {

    /** Lazily loaded, thread-safe shared instance (initialisation-on-demand holder). */
    private static final class Shared {
        static final Countries INSTANCE = load();
    }

    private final Map<String, Country> byCode;
    private final Map<String, Country> byName;
    /** Codes ("US", "UK", "DPRK") match only as written in capitals, so "us" the pronoun stays a pronoun. */
    private final Map<String, Country> byCapitalCode;
    private final Map<String, Country> byDemonym;

    private Countries(List<Country> countries) {
        Map<String, Country> codes = new LinkedHashMap<>();
        Map<String, Country> names = new HashMap<>();
        Map<String, Country> capitalCodes = new HashMap<>();
        Map<String, Country> demonyms = new HashMap<>();
        for (Country c : countries) {
            codes.put(c.code(), c);
        }
        // Common names first, so that an alternate spelling never steals another country's common name.
        for (Country c : countries) {
            names.put(PlaceNames.key(c.name()), c);
        }
        for (Country c : countries) {
            for (String n : c.names()) {
                String compact = n.replace(".", "");
                if (compact.length() <= 4 && compact.equals(compact.toUpperCase()) && compact.chars().allMatch(Character::isLetter)) {
                    capitalCodes.putIfAbsent(compact, c);
                } else {
                    names.putIfAbsent(PlaceNames.key(n), c);
                }
            }
            for (String d : c.demonyms()) {
                demonyms.putIfAbsent(PlaceNames.key(d), c);
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = names;
        this.byCapitalCode = capitalCodes;
        this.byDemonym = demonyms;
    }

    public static Countries instance() {
        return Shared.INSTANCE;
    }

    /** By any of its names, case- and diacritics-insensitive ("north korea", "Côte d'Ivoire"); codes only in capitals ("U.S.", "DPRK"). */
    public Optional<Country> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.strip();
        Country c = byName.get(PlaceNames.key(trimmed));
        if (c == null && PlaceNames.key(trimmed).startsWith("the ")) {
            c = byName.get(PlaceNames.key(trimmed).substring(4));
        }
        if (c == null) {
            c = byCapitalCode.get(trimmed.replace(".", "").replace(" ", ""));
        }
        return Optional.ofNullable(c);
    }

    /** By the adjective or noun for its people: "North Korean" -> KP, "Afghans" -> AF. */
    public Optional<Country> byDemonym(String adjective) {
        String key = PlaceNames.key(adjective);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Country c = byDemonym.get(key);
        if (c == null && key.endsWith("s")) {
            c = byDemonym.get(key.substring(0, key.length() - 1));
        }
        return Optional.ofNullable(c);
    }

    public Optional<Country> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase()));
    }

    public Collection<Country> all() {
        return byCode.values();
    }

    private static Countries load() {
        List<Country> countries = new ArrayList<>();
        GazetteerTable.read(GazetteerTable.COUNTRIES, f -> countries.add(new Country(f[0], f[1], split(f[2]), split(f[3]),
                Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]))));
        return new Countries(countries);
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }
}
