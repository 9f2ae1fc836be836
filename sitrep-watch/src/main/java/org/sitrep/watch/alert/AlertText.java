package org.sitrep.watch.alert;

import com.fasterxml.jackson.databind.JsonNode;

/** An alert written out as plain text for a mail: the article, then each event with its cited sentences. */
final class AlertText {

    private AlertText() {
    }

    static String of(JsonNode payload) {
        StringBuilder out = new StringBuilder();
        JsonNode article = payload.path("article");
        out.append("Watchlist: ").append(payload.path("watchlist").asText()).append('\n');
        out.append("Article: ").append(article.path("title").asText("(untitled)")).append('\n');
        line(out, "URL", article.path("url"));
        line(out, "Published", article.path("published"));
        line(out, "Article id", article.path("id"));
        int n = 0;
        for (JsonNode e : payload.path("events")) {
            n++;
            out.append('\n').append(n).append(". ").append(e.path("type").asText("?"));
            if (!e.path("mode").isNull() && !e.path("mode").isMissingNode()) {
                out.append(" (").append(e.path("mode").asText()).append(')');
            }
            if (!e.path("modality").isNull() && !e.path("modality").isMissingNode()) {
                out.append(", ").append(e.path("modality").asText());
            }
            out.append('\n');
            line(out, "   Date", e.path("date"));
            JsonNode place = e.path("place");
            if (place.isObject()) {
                out.append("   Place: ").append(place.path("name").asText()).append(", ").append(place.path("country").asText())
                        .append('\n');
            }
            list(out, "   Actors", e.path("actors"));
            list(out, "   Targets", e.path("targets"));
            line(out, "   Killed", e.path("killed"));
            line(out, "   Injured", e.path("injured"));
            line(out, "   According to", e.path("according_to"));
            for (JsonNode c : e.path("citations")) {
                out.append("   \"").append(c.path("text").asText().replaceAll("\\s+", " ")).append("\" [characters ")
                        .append(c.path("start").asInt()).append('-').append(c.path("end").asInt()).append("]\n");
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, JsonNode value) {
        if (!value.isMissingNode() && !value.isNull() && !value.asText().isBlank()) {
            out.append(label).append(": ").append(value.asText()).append('\n');
        }
    }

    private static void list(StringBuilder out, String label, JsonNode values) {
        if (values.isArray() && !values.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            values.forEach(v -> joined.append(joined.length() == 0 ? "" : "; ").append(v.asText()));
            out.append(label).append(": ").append(joined).append('\n');
        }
    }
}
