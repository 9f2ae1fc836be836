package org.sitrep.serve;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.export.AcledCsv;
import org.sitrep.store.export.EventCsv;
import org.sitrep.store.export.EventGeoJson;

/**
 * The event exports of {@code sitrep events --format csv|acled|geojson}, with the same filters as
 * {@code /api/events}. One answer holds the newest {@code limit} events, at most {@link #MAX_ROWS} (the default);
 * narrow the filters, or use the command line, for more.
 */
final class ExportRoutes {

    static final int MAX_ROWS = 50_000;

    private final ArticleStore store;

    ExportRoutes(ArticleStore store) {
        this.store = store;
    }

    void csv(Context ctx) {
        EventParams.Filters f = EventParams.events(ctx);
        StringWriter out = new StringWriter();
        EventCsv.write(out, rows(ctx, f, f.query()));
        send(ctx, "text/csv; charset=utf-8", out, "events.csv");
    }

    void acled(Context ctx) {
        EventParams.Filters f = EventParams.events(ctx);
        StringWriter out = new StringWriter();
        AcledCsv.write(out, rows(ctx, f, f.query().forAcledExport()));
        send(ctx, "text/csv; charset=utf-8", out, "events.acled.csv");
    }

    void geojson(Context ctx) {
        EventParams.Filters f = EventParams.events(ctx);
        StringWriter out = new StringWriter();
        EventGeoJson.write(out, rows(ctx, f, f.query().placedOnly()));
        send(ctx, "application/geo+json; charset=utf-8", out, null);
    }

    private List<StoredEvent> rows(Context ctx, EventParams.Filters f, EventQuery query) {
        return store.events(query.page(Params.limit(ctx, MAX_ROWS, MAX_ROWS), 0), f.filter());
    }

    private static void send(Context ctx, String type, StringWriter out, String fileName) {
        if (fileName != null) {
            ctx.header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        }
        Responses.send(ctx, type, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
