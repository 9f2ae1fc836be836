package org.sitrep.serve;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.DateKeys;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.export.IsoCountries;

/**
 * The filters of the event and claim routes, read from the query string with the command line's meanings:
 * {@code since}, {@code until}, {@code type}, {@code acled_type}, {@code country}, {@code article}, and, beyond
 * the command line, {@code actor}, {@code q} (words of the event's text), {@code bbox} and {@code near}.
 */
final class EventParams {

    private static final Pattern TYPE = Pattern.compile("[A-Za-z]{2,20}");
    private static final Pattern ACLED_TYPE = Pattern.compile("[A-Za-z /]{2,40}");

    /** The parsed filters; the query has no page yet. */
    record Filters(EventQuery query, EventFilter filter) {
    }

    private EventParams() {
    }

    static Filters events(Context ctx) {
        String since = date(ctx, "since");
        String until = date(ctx, "until");
        String type = Params.text(ctx, "type");
        if (type != null && !TYPE.matcher(type).matches()) {
            throw ApiError.badRequest("type must be a PLOVER type (ASSAULT, PROTEST, ...) or INCIDENT, not '"
                    + Params.clip(type) + "'");
        }
        String acledType = Params.text(ctx, "acled_type");
        if (acledType != null && !ACLED_TYPE.matcher(acledType).matches()) {
            throw ApiError.badRequest("acled_type must be one of ACLED's event types (Battles, Protests, ...), not '"
                    + Params.clip(acledType) + "'");
        }
        String country = Params.text(ctx, "country");
        String alpha2 = null;
        if (country != null) {
            alpha2 = IsoCountries.find(country).map(IsoCountries.Country::alpha2).orElseThrow(() -> ApiError.badRequest(
                    "country must be an ISO 3166 code (AF, AFG) or a country's English name, not '" + Params.clip(country) + "'"));
        }
        String article = Params.text(ctx, "article");
        if (article != null) {
            Params.articleId(article, "article");
        }
        EventQuery query = EventQuery.all().withDates(since, until).withType(type).withAcledEventType(acledType)
                .withCountry(alpha2).ofArticle(article);
        return new Filters(query, new EventFilter(Params.text(ctx, "actor"), Params.text(ctx, "q"), box(ctx), near(ctx)));
    }

    static ClaimQuery claims(Context ctx) {
        String article = Params.text(ctx, "article");
        if (article != null) {
            Params.articleId(article, "article");
        }
        return ClaimQuery.all().withDates(date(ctx, "since"), date(ctx, "until"))
                .withSubjectContaining(Params.text(ctx, "subject")).ofArticle(article);
    }

    static String date(Context ctx, String name) {
        String value = Params.text(ctx, name);
        if (value != null && DateKeys.userKey(value) == null) {
            throw ApiError.badRequest(name + " must be an ISO-8601 date (2025-12-05, 2025-12), not '" + Params.clip(value) + "'");
        }
        return value;
    }

    /** {@code bbox=west,south,east,north}, as GeoJSON orders a bounding box. */
    private static EventFilter.Box box(Context ctx) {
        String shape = "west,south,east,north in degrees (60.5,29.3,75.2,38.5)";
        double[] n = Params.numbers(ctx, "bbox", 4, shape);
        if (n == null) {
            return null;
        }
        try {
            return new EventFilter.Box(n[1], n[0], n[3], n[2]);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("bbox must be " + shape + ": " + e.getMessage());
        }
    }

    /** {@code near=lat,lon,km}. */
    private static EventFilter.Near near(Context ctx) {
        String shape = "lat,lon,km (31.0,66.4,50)";
        double[] n = Params.numbers(ctx, "near", 3, shape);
        if (n == null) {
            return null;
        }
        try {
            return new EventFilter.Near(n[0], n[1], n[2]);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("near must be " + shape + ": " + e.getMessage());
        }
    }
}
