package org.sitrep.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.ArticleJson;
import org.sitrep.store.Area;
import org.sitrep.store.ClaimSeries;
import org.sitrep.store.EntityQuery;
import org.sitrep.store.LinkStore;
import org.sitrep.store.LinkedEntity;
import org.sitrep.store.Story;
import org.sitrep.store.StoryQuery;
import org.sitrep.store.export.IsoCountries;

/**
 * The routes over what is linked across articles: entities ({@code sitrep entities --format json}'s objects),
 * stories ({@code sitrep stories --format json}'s), each one's page (an entity with its events; a story with its
 * events, claim series and sources) and the claim series ({@code sitrep claims --series}), with the command line's
 * filters and cursor pages.
 */
final class LinkedRoutes {

    /** How many events an entity's or a story's page lists at most (the oldest first). */
    static final int EVENTS_ON_A_PAGE = 500;
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final LinkStore links;

    LinkedRoutes(LinkStore links) {
        this.links = links;
    }

    void entities(Context ctx) {
        String kind = Params.text(ctx, "type");
        if (kind != null && !EntityQuery.KINDS.contains(kind.toUpperCase(Locale.ROOT))) {
            throw ApiError.badRequest("type must be one of PERSON, ORGANIZATION, PLACE, GROUP_OF_PEOPLE, OTHER, not '"
                    + Params.clip(kind) + "'");
        }
        String article = Params.text(ctx, "article");
        if (article != null) {
            Params.articleId(article, "article");
        }
        int limit = Params.limit(ctx);
        int start = Cursor.position(ctx.queryParam("cursor"));
        List<LinkedEntity> found = links.entities(new EntityQuery(kind, Params.text(ctx, "name"), country(ctx), area(ctx),
                article, limit + 1, start));
        page(ctx, found, limit, start);
    }

    void entity(Context ctx) {
        long id = id(ctx, "entity");
        LinkedEntity entity = links.entity(id).orElseThrow(() -> ApiError.notFound("no entity " + id));
        ObjectNode body = ArticleJson.mapper().valueToTree(entity);
        body.set("events", ArticleJson.mapper().valueToTree(links.eventsOfEntity(id, EVENTS_ON_A_PAGE)));
        Responses.json(ctx, ArticleJson.toJson(body));
    }

    void stories(Context ctx) {
        int limit = Params.limit(ctx);
        int start = Cursor.position(ctx.queryParam("cursor"));
        List<Story> found = links.stories(new StoryQuery(Params.text(ctx, "actor"), country(ctx), area(ctx),
                EventParams.date(ctx, "since"), EventParams.date(ctx, "until"), limit + 1, start));
        page(ctx, found, limit, start);
    }

    /** A story with its events (every report of each), its claim series and its sources (its articles). */
    void story(Context ctx) {
        long id = id(ctx, "story");
        Story story = links.story(id).orElseThrow(() -> ApiError.notFound("no story " + id));
        ObjectNode body = ArticleJson.mapper().valueToTree(story);
        body.set("events", ArticleJson.mapper().valueToTree(links.eventsOfStory(id, EVENTS_ON_A_PAGE)));
        body.set("claim_series", ArticleJson.mapper().valueToTree(links.claimSeriesOfStory(id)));
        Responses.json(ctx, ArticleJson.toJson(body));
    }

    void claimSeries(Context ctx) {
        int limit = Params.limit(ctx);
        int start = Cursor.position(ctx.queryParam("cursor"));
        List<ClaimSeries> found = links.claimSeries(EventParams.claims(ctx).page(limit + 1, start));
        page(ctx, found, limit, start);
    }

    private static void page(Context ctx, List<?> found, int limit, int start) {
        List<String> items = found.subList(0, Math.min(limit, found.size())).stream().map(ArticleJson::toJson).toList();
        Responses.json(ctx, Responses.page(items, found.size() > limit ? Cursor.of(start + limit) : null));
    }

    private static long id(Context ctx, String what) {
        String value = ctx.pathParam("id");
        if (!ID.matcher(value).matches()) {
            throw ApiError.badRequest("the " + what + " id must be a number, not '" + Params.clip(value) + "'");
        }
        return Long.parseLong(value);
    }

    private static String country(Context ctx) {
        String country = Params.text(ctx, "country");
        if (country == null) {
            return null;
        }
        return IsoCountries.find(country).map(IsoCountries.Country::alpha2).orElseThrow(() -> ApiError.badRequest(
                "country must be an ISO 3166 code (AF, AFG) or a country's English name, not '" + Params.clip(country) + "'"));
    }

    /** {@code near=lat,lon,km} or {@code bbox=west,south,east,north}, as the event routes read them. */
    private static Area area(Context ctx) {
        double[] near = Params.numbers(ctx, "near", 3, "lat,lon,km (31.0,66.4,50)");
        double[] box = Params.numbers(ctx, "bbox", 4, "west,south,east,north in degrees (60.5,29.3,75.2,38.5)");
        if (near != null && box != null) {
            throw ApiError.badRequest("near and bbox cannot be given together");
        }
        try {
            return near != null ? Area.near(near[0], near[1], near[2]) : box != null ? Area.box(box[0], box[1], box[2], box[3]) : null;
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest((near != null ? "near" : "bbox") + " is not on the map: " + Params.clip(e.getMessage()));
        }
    }
}
