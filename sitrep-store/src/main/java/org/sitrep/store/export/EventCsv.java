package org.sitrep.store.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.store.StoredEvent;

/**
 * Every event in sitrep's own columns (RFC 4180 CSV): the event's fields as the Article JSON has them, flat. A
 * list (actors, targets) is written "; " between its items, each participant's country and kind at the same
 * position in their columns (empty where unknown). The evidence is the sentence exactly as cited, line breaks
 * and all, with its offsets into the input.
 */
public final class EventCsv {

    public static final List<String> COLUMNS = List.of("article_id", "event_id", "type", "mode", "acled_event_type",
            "acled_sub_event_type", "actors", "actor_countries", "actor_kinds", "targets", "target_countries",
            "target_kinds", "place", "geonameid", "country", "admin1", "latitude", "longitude", "geo_precision", "date",
            "date_precision", "killed", "injured", "modality", "according_to", "confidence", "evidence_start",
            "evidence_end", "evidence", "article_title", "article_url", "article_published", "source_path");

    private EventCsv() {
    }

    public static void write(Writer out, Iterable<StoredEvent> events) {
        Csv csv = new Csv(out);
        csv.row(COLUMNS);
        for (StoredEvent e : events) {
            csv.row(row(e));
        }
    }

    public static List<Object> row(StoredEvent stored) {
        Event e = stored.event();
        Place p = e.place();
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(stored.articleId());
        row.add(stored.eventId());
        row.add(e.type());
        row.add(e.mode());
        row.add(e.acled() == null ? null : e.acled().eventType());
        row.add(e.acled() == null ? null : e.acled().subEventType());
        row.add(join(e.actors(), Participant::name));
        row.add(join(e.actors(), Participant::country));
        row.add(join(e.actors(), Participant::kind));
        row.add(join(e.targets(), Participant::name));
        row.add(join(e.targets(), Participant::country));
        row.add(join(e.targets(), Participant::kind));
        row.add(p == null ? null : p.name());
        row.add(p == null ? null : p.geonameid());
        row.add(p == null ? null : p.country());
        row.add(p == null ? null : p.admin1());
        row.add(p == null ? null : p.lat());
        row.add(p == null ? null : p.lon());
        row.add(e.geoPrecision());
        row.add(e.date() == null ? null : e.date().value());
        row.add(e.date() == null ? null : e.date().precision());
        row.add(e.killed());
        row.add(e.injured());
        row.add(e.modality());
        row.add(e.accordingTo() == null ? null : e.accordingTo().name());
        row.add(e.confidence());
        row.add(e.evidence() == null ? null : e.evidence().start());
        row.add(e.evidence() == null ? null : e.evidence().end());
        row.add(e.evidence() == null ? null : e.evidence().text());
        row.add(stored.articleTitle());
        row.add(stored.articleUrl());
        row.add(stored.articlePublished());
        row.add(stored.sourcePath());
        return row;
    }

    /** The participants' values, "; " between them, an unknown one empty; null when there are none or none is known. */
    static String join(List<Participant> participants, Function<Participant, String> value) {
        if (participants.stream().map(value).allMatch(Objects::isNull)) {
            return null;
        }
        return participants.stream().map(value).map(v -> v == null ? "" : v).collect(Collectors.joining("; "));
    }
}
