package org.sitrep.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sitrep.model.Place;

/**
 * The reads an analysts' desk sends, with varied values, over a store that {@link StoreCorpusGenerator} filled: the
 * newest events, a country's, a type's in a month, those near a town, in a box around it in a month, a map's GeoJSON
 * around a town over a month, article lists and single articles, claims. (A whole country's month as GeoJSON, an
 * export of thousands of events and megabytes, is a download rather than a common read, and is left out.) Each read draws its country, town, type, month
 * and article from the generator's own, so the mix asks what the store holds and a cache of a few answers cannot
 * serve it; the same seed gives the same reads.
 */
final class ServeReadMix {

    private static final String[] TYPES = {"ASSAULT", "PROTEST", "CONSULT", "COERCE", "AID", "ACCUSE", "THREATEN"};
    /** The generator's year of events (its threads start over 2025 and run two weeks). */
    private static final LocalDate FIRST_MONTH = LocalDate.of(2025, 1, 1);

    /** The kinds of read, one label each, in the order {@link #path} draws them. */
    static final List<String> KINDS = List.of("newest events", "events by country", "events by type and month",
            "events within 50 km", "events in a box and month", "GeoJSON within 50 km, a month", "articles",
            "one article", "claims");

    private final Random random;
    private final int articles;

    /** @param articles how many articles the store holds (numbered from 0, as the generator numbers them) */
    ServeReadMix(long seed, int articles) {
        this.random = new Random(seed);
        this.articles = articles;
    }

    /** {@code count} reads, the kinds in turn, each with its own drawn values. */
    List<String> paths(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(path(i % KINDS.size()));
        }
        return out;
    }

    /** One read of the kind at this index of {@link #KINDS}. */
    String path(int kind) {
        Place place = StoreCorpusGenerator.PLACES.get(random.nextInt(StoreCorpusGenerator.PLACES.size()));
        YearMonth month = YearMonth.from(FIRST_MONTH.plusMonths(random.nextInt(12)));
        String since = month.atDay(1).toString();
        String until = month.atEndOfMonth().toString();
        return switch (kind) {
            case 0 -> "/api/events?limit=50";
            case 1 -> "/api/events?country=" + place.country() + "&limit=50";
            case 2 -> "/api/events?type=" + TYPES[random.nextInt(TYPES.length)] + "&since=" + since + "&until=" + until + "&limit=50";
            case 3 -> String.format(Locale.ROOT, "/api/events?near=%.4f,%.4f,50&limit=50", place.lat(), place.lon());
            case 4 -> String.format(Locale.ROOT, "/api/events?bbox=%.2f,%.2f,%.2f,%.2f&since=%s&until=%s&limit=100",
                    place.lon() - 3, Math.max(-90, place.lat() - 3), place.lon() + 3, Math.min(90, place.lat() + 3), since, until);
            case 5 -> String.format(Locale.ROOT, "/events.geojson?near=%.4f,%.4f,50&since=%s&until=%s", place.lat(), place.lon(),
                    since, until);
            case 6 -> "/api/articles?limit=20";
            case 7 -> "/api/articles/" + StoreCorpusGenerator.id(random.nextInt(articles));
            case 8 -> "/api/claims?limit=20";
            default -> throw new IllegalArgumentException("no read of kind " + kind);
        };
    }
}
