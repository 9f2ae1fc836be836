package org.sitrep.watch.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Span;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.watch.Watchlist;

/**
 * An alert's JSON: the watchlist, the article (id, title, URL, publication date) and each matching event with its
 * citations (the evidence sentence and every other sentence telling it, with character offsets into the input).
 */
public final class AlertPayload {

    private static final ObjectMapper MAPPER = ArticleJson.mapper();

    private AlertPayload() {
    }

    /** The payload of one article's matching events (all of one article, non-empty). */
    public static String json(Watchlist watchlist, List<StoredEvent> events) {
        StoredEvent first = events.get(0);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("watchlist", watchlist.name());
        ObjectNode article = root.putObject("article");
        article.put("id", first.articleId());
        article.put("title", first.articleTitle());
        article.put("url", first.articleUrl());
        article.put("published", first.articlePublished());
        article.put("source_path", first.sourcePath());
        ArrayNode list = root.putArray("events");
        for (StoredEvent stored : events) {
            Event e = stored.event();
            ObjectNode node = list.addObject();
            node.put("event_id", stored.eventId());
            node.put("type", e.type());
            node.put("mode", e.mode());
            node.put("modality", e.modality());
            if (e.acled() != null) {
                node.put("acled_event_type", e.acled().eventType());
                node.put("acled_sub_event_type", e.acled().subEventType());
            }
            node.put("date", e.date() == null ? null : e.date().value());
            node.set("place", e.place() == null ? null : MAPPER.valueToTree(e.place()));
            node.set("actors", names(e.actors()));
            node.set("targets", names(e.targets()));
            node.put("killed", e.killed());
            node.put("injured", e.injured());
            node.put("according_to", e.accordingTo() == null ? null : e.accordingTo().name());
            node.set("evidence", span(e.evidence()));
            ArrayNode citations = node.putArray("citations");
            for (Span m : e.mentions()) {
                citations.add(span(m));
            }
            if (e.mentions().isEmpty() && e.evidence() != null) {
                citations.add(span(e.evidence()));
            }
        }
        return root.toString();
    }

    /** The payload read back, for the mail's text. */
    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored alert is not JSON", e);
        }
    }

    private static ArrayNode names(List<Participant> participants) {
        ArrayNode names = MAPPER.createArrayNode();
        participants.forEach(p -> names.add(p.name()));
        return names;
    }

    private static JsonNode span(Span s) {
        if (s == null) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", s.start());
        node.put("end", s.end());
        node.put("text", s.text());
        return node;
    }
}
