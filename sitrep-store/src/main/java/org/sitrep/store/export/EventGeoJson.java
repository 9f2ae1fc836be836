package org.sitrep.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.store.StoredEvent;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946): one Feature per event with a place, a Point at the place
 * ({@code [longitude, latitude]}), its id {@code ARTICLE_ID/EVENT_ID}, and flat properties (what GIS tools and
 * web maps read best): the event's fields, its article's id, title and URL, and the evidence sentence. Lists are
 * written "; " between their items, as in the CSV. Events without a place are left out.
 */
public final class EventGeoJson {

    private EventGeoJson() {
    }

    public static void write(Writer out, Iterable<StoredEvent> events) {
        try (JsonGenerator json = ArticleJson.mapper().getFactory().createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (StoredEvent stored : events) {
                if (stored.event().place() != null) {
                    feature(json, stored);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void feature(JsonGenerator json, StoredEvent stored) throws IOException {
        Event e = stored.event();
        Place p = e.place();
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", stored.articleId() + "/" + stored.eventId());
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(p.lon());
        json.writeNumber(p.lat());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        List<String> columns = EventCsv.COLUMNS;
        List<Object> values = EventCsv.row(stored);
        for (int i = 0; i < columns.size(); i++) {
            json.writeFieldName(columns.get(i));
            json.writeObject(values.get(i));
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
