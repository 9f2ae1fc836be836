package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleJson;
import org.sitrep.store.TestEvents;
import org.sitrep.store.watch.Watchlist;

/**
 * {@code /openapi.json} describes exactly the routes the server answers: every registered route is in it, every
 * path in it is registered, and each GET it lists answers its documented success status with its documented media
 * type; every query parameter it names is one the route reads (a bad value is refused by name).
 */
class OpenApiDocumentTest {

    private static ServerFixture f;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        f = new ServerFixture("jdbc:h2:mem:openapi" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", ServeOptions.defaults());
        doc = ArticleJson.mapper().readTree(f.get("/openapi.json").body());
        f.watch.addWatchlist(new Watchlist(0, "spin-boldak", null, "AF", "ASSAULT", null, null, null, null,
                "https://hooks.example.org/sitrep", null, Instant.now()));
    }

    /** The path with a real id of its kind in it, and the required query parameters with a real value. */
    private static String example(String path, JsonNode get) {
        String id = TestEvents.ARTICLE_ID;
        if (path.startsWith("/api/entities/")) {
            id = firstId("/api/entities", "id");
        } else if (path.startsWith("/api/stories/")) {
            id = firstId("/api/stories", "id");
        } else if (path.startsWith("/api/watchlists/")) {
            id = "spin-boldak";
        }
        StringBuilder url = new StringBuilder(path.replace("{id}", id));
        for (JsonNode parameter : get.path("parameters")) {
            JsonNode p = parameter.has("$ref") ? doc.at(parameter.get("$ref").asText().substring(1)) : parameter;
            if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                url.append(url.indexOf("?") < 0 ? '?' : '&').append(p.path("name").asText()).append("=clashed");
            }
        }
        return url.toString();
    }

    private static String firstId(String listing, String field) {
        JsonNode items = ArticleJson.mapper().valueToTree(ServerFixture.json(f.get(listing).body()).get("items"));
        assertThat(items.size()).as(listing).isPositive();
        return items.get(0).path(field).asText();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void isAnOpenApi3Document() {
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("title").asText()).isEqualTo("sitrep");
    }

    @Test
    void describesEveryRouteTheServerAnswersAndNoOther() {
        List<String> documented = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        List<String> served = f.server.routes().stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(served).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void everyDocumentedGetAnswersAsDocumented() {
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String url = example(path.getKey(), get);
            HttpResponse<String> r = f.get(url);
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            String mediaType = get.path("responses").path("200").path("content").fieldNames().next();
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(url).startsWith(mediaType);
        }
    }

    @Test
    void everyDocumentedQueryParameterIsReadByItsRoute() {
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().path("get");
            for (JsonNode parameter : get.path("parameters")) {
                JsonNode p = parameter.has("$ref") ? doc.at(parameter.get("$ref").asText().substring(1)) : parameter;
                if (!p.path("in").asText().equals("query") || p.path("name").asText().equals("q")
                        || p.path("name").asText().equals("actor") || p.path("name").asText().equals("title")
                        || p.path("name").asText().equals("subject") || p.path("name").asText().equals("name")) {
                    continue; // free text: every value is a valid one
                }
                String name = p.path("name").asText();
                String base = example(path.getKey(), get);
                String url = base + (base.contains("?") ? "&" : "?") + name + "=%27%3B%3C";
                HttpResponse<String> r = f.get(url);
                assertThat(r.statusCode()).as(url).isEqualTo(400);
                assertThat(ServerFixture.json(r.body()).get("error").toString()).as(url).contains(name);
            }
        }
    }
}
