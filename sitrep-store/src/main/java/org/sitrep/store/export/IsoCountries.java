package org.sitrep.store.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 codes and English names of the world's countries, for exports that name a country the way ACLED's
 * data does: alpha-3 in event ids, the numeric code in {@code iso}, the name in {@code country}. The table is
 * {@code countries.tsv} beside this class (from npm world-countries, as the gazetteer's countries are); a code
 * it lacks but Java knows ({@link Locale#getISOCountries()}) gets Java's alpha-3 and English name and no number.
 */
public final class IsoCountries {

    /** One country: {@code numeric} is ACLED's iso value (4 for Afghanistan), or null where there is none. */
    public record Country(String alpha2, String alpha3, Integer numeric, String name) {
    }

    private static final String RESOURCE = "countries.tsv";
    private static final Set<String> JAVA_CODES = Set.of(Locale.getISOCountries());

    private static final class Table {
        static final Map<String, Country> BY_CODE;
        static final Map<String, Country> BY_NAME;

        static {
            Map<String, Country> codes = new HashMap<>();
            Map<String, Country> names = new HashMap<>();
            try (InputStream raw = IsoCountries.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    throw new IllegalStateException("resource missing from the class path: " + RESOURCE);
                }
                BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    Country c = new Country(f[0], f[1], f[2].isEmpty() ? null : Integer.valueOf(f[2]), f[3]);
                    codes.put(c.alpha2(), c);
                    codes.put(c.alpha3(), c);
                    names.put(c.name().toLowerCase(Locale.ROOT), c);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            BY_CODE = Collections.unmodifiableMap(codes);
            BY_NAME = Collections.unmodifiableMap(names);
        }
    }

    private IsoCountries() {
    }

    /** By its alpha-2 or alpha-3 code, in any case ("AF", "afg"). */
    public static Optional<Country> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String key = code.strip().toUpperCase(Locale.ROOT);
        Country c = Table.BY_CODE.get(key);
        if (c == null && key.length() == 2 && JAVA_CODES.contains(key)) {
            Locale locale = new Locale("", key);
            c = new Country(key, locale.getISO3Country(), null, locale.getDisplayCountry(Locale.ENGLISH));
        }
        return Optional.ofNullable(c);
    }

    /** By its code, or its English name as the table writes it, in any case ("Afghanistan"). */
    public static Optional<Country> find(String codeOrName) {
        Optional<Country> byCode = byCode(codeOrName);
        if (byCode.isPresent() || codeOrName == null) {
            return byCode;
        }
        return Optional.ofNullable(Table.BY_NAME.get(codeOrName.strip().toLowerCase(Locale.ROOT)));
    }
}
