package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.EventTypes;
import org.sitrep.store.export.IsoCountries;
import org.sitrep.store.watch.WatchStore;
import org.sitrep.store.watch.Watchlist;

/**
 * {@code /api/watchlists}: the saved queries {@code sitrep watch} raises alerts for ({@code sitrep watchlist}), listed,
 * read, added and removed. A watchlist is named by its name. Writes need a bearer token; a body is a JSON object
 * with the fields the listing shows ({@code name, actor, country, type, lat, lon, radius_km, text, webhook, email}),
 * each checked as the command line checks its options, and nothing else.
 */
final class WatchlistRoutes {

    /** A body larger than this is no watchlist. */
    static final int MAX_BODY = 16 * 1024;
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]{1,64}@[^@\\s<>,;\"]{1,190}\\.[^@\\s<>,;\".]{2,63}");
    private static final Set<String> FIELDS = Set.of("name", "actor", "country", "type", "lat", "lon", "radius_km", "text",
            "webhook", "email");
    private static final int MAX_TEXT = 200;

    private final BearerAuth auth;
    private final WatchStore watch;

    WatchlistRoutes(BearerAuth auth, WatchStore watch) {
        this.auth = auth;
        this.watch = watch;
    }

    void list(Context ctx) {
        int limit = Params.limit(ctx);
        int start = Cursor.position(ctx.queryParam("cursor"));
        List<Watchlist> all = store().watchlists();
        List<String> items = new ArrayList<>();
        for (Watchlist w : all.subList(Math.min(start, all.size()), Math.min(start + limit, all.size()))) {
            items.add(json(w));
        }
        Responses.json(ctx, Responses.page(items, all.size() > start + limit ? Cursor.of(start + limit) : null));
    }

    void one(Context ctx) {
        Responses.json(ctx, json(find(name(ctx))));
    }

    void add(Context ctx) {
        auth.require(ctx);
        Watchlist w = watchlist(body(ctx));
        WatchStore store = store();
        if (store.watchlists().stream().anyMatch(existing -> existing.name().equals(w.name()))) {
            throw new ApiError(409, "a watchlist named '" + w.name() + "' exists already");
        }
        Watchlist saved;
        try {
            saved = store.addWatchlist(w);
        } catch (IllegalArgumentException e) { // saved by another request since the check above
            throw new ApiError(409, Params.clip(e.getMessage()));
        }
        ctx.status(201);
        ctx.header("Location", "/api/watchlists/" + saved.name());
        Responses.json(ctx, json(saved));
    }

    void remove(Context ctx) {
        auth.require(ctx);
        String name = name(ctx);
        if (!store().removeWatchlist(name)) {
            throw ApiError.notFound("no watchlist named '" + name + "'");
        }
        Responses.json(ctx, Responses.object(Map.of("removed", name)));
    }

    private Watchlist find(String name) {
        return store().watchlists().stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiError.notFound("no watchlist named '" + name + "'"));
    }

    private WatchStore store() {
        if (watch == null) {
            throw new ApiError(503, "this server was started without watchlists");
        }
        return watch;
    }

    private static String name(Context ctx) {
        String name = ctx.pathParam("id");
        if (!NAME.matcher(name).matches()) {
            throw ApiError.badRequest("a watchlist name is letters, digits, '.', '_' and '-' (at most 64), not '" + Params.clip(name) + "'");
        }
        return name;
    }

    private static JsonNode body(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/json")) {
            throw new ApiError(415, "send the watchlist as JSON (Content-Type: application/json)");
        }
        if (ctx.req().getContentLengthLong() > MAX_BODY) {
            throw new ApiError(413, "a watchlist's JSON is at most " + MAX_BODY + " bytes");
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw ApiError.badRequest("cannot read the body: it ended early");
        }
        if (bytes.length > MAX_BODY) {
            throw new ApiError(413, "a watchlist's JSON is at most " + MAX_BODY + " bytes");
        }
        JsonNode node;
        try {
            node = ArticleJson.mapper().readTree(bytes);
        } catch (IOException e) {
            throw ApiError.badRequest("the body is not JSON: send {\"name\": \"...\", \"webhook\": \"https://...\", ...}");
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw ApiError.badRequest("unknown field '" + Params.clip(field) + "'; a watchlist has " + String.join(", ",
                        FIELDS.stream().sorted().toList()));
            }
        }
        return node;
    }

    /** The watchlist a body describes, each field checked as {@code sitrep watchlist add} checks its option. */
    static Watchlist watchlist(JsonNode body) {
        String name = text(body, "name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw ApiError.badRequest("name must be letters, digits, '.', '_' and '-' (at most 64), not '" + Params.clip(name) + "'");
        }
        String country = text(body, "country");
        if (country != null) {
            String given = country;
            country = IsoCountries.find(country).map(IsoCountries.Country::alpha2).orElseThrow(() -> ApiError.badRequest(
                    "country must be an ISO 3166 code (AF, AFG) or a country's English name, not '" + Params.clip(given) + "'"));
        }
        String type = text(body, "type");
        if (type != null) {
            String given = type;
            type = EventTypes.TYPES.contains(type.toUpperCase(Locale.ROOT)) ? type.toUpperCase(Locale.ROOT)
                    : EventTypes.ACLED_TYPES.stream().filter(a -> a.equalsIgnoreCase(given)).findFirst().orElseThrow(() ->
                    ApiError.badRequest("type must be a PLOVER type (ASSAULT, PROTEST, ...), INCIDENT or an ACLED event type"
                            + " (Battles, Protests, ...), not '" + Params.clip(given) + "'"));
        }
        Double lat = number(body, "lat");
        Double lon = number(body, "lon");
        Double radius = number(body, "radius_km");
        if (lat != null && lon != null && radius == null) {
            radius = 50.0; // the command line's default radius
        }
        String webhook = text(body, "webhook");
        if (webhook != null) {
            try {
                URI uri = new URI(webhook);
                if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null || uri.getUserInfo() != null) {
                    throw new URISyntaxException(webhook, "not http(s)");
                }
            } catch (URISyntaxException e) {
                throw ApiError.badRequest("webhook must be an http(s) URL with a host, not '" + Params.clip(webhook) + "'");
            }
        }
        String email = text(body, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw ApiError.badRequest("email must be one mail address (desk@example.org), not '" + Params.clip(email) + "'");
        }
        try {
            return new Watchlist(0, name, text(body, "actor"), country, type, lat, lon, radius, text(body, "text"), webhook, email,
                    Instant.now());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(Params.clip(e.getMessage()).replace("...", "") + " (lat, lon, radius_km; webhook or email)");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest(field + " must be a string");
        }
        String text = value.asText().strip();
        if (text.length() > MAX_TEXT) {
            throw ApiError.badRequest(field + " is longer than " + MAX_TEXT + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw ApiError.badRequest(field + " must not hold control characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static Double number(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw ApiError.badRequest(field + " must be a number");
        }
        return value.asDouble();
    }

    static String json(Watchlist w) {
        return Responses.object(w.fields());
    }
}
