package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.store.TestEvents;

/**
 * The routes over what is linked across articles (entities, stories, claim series), full-text search and
 * watchlists, over a real store, index and watch store on each database: what they answer, filter and page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LinkedRoutesContract {

    ServerFixture f;

    abstract String databaseUrl();

    void dropDatabase() {
    }

    @BeforeAll
    void start() {
        f = new ServerFixture(databaseUrl(), ServeOptions.defaults());
    }

    @AfterAll
    void stop() {
        f.close();
        dropDatabase();
    }

    @Test
    void entitiesAreTheLinkedOnesWithTheCommandLinesFilters() {
        assertThat(names("/api/entities")).containsExactlyInAnyOrder("Afghan", "Pakistani", "Hamdullah Fitrat", "Spin Boldak");
        assertThat(names("/api/entities?name=FITRAT")).containsExactly("Hamdullah Fitrat");
        assertThat(names("/api/entities?type=person")).containsExactly("Hamdullah Fitrat");
        assertThat(names("/api/entities?type=PLACE")).containsExactly("Spin Boldak");
        assertThat(names("/api/entities?country=PAK")).containsExactly("Pakistani");
        assertThat(names("/api/entities?near=31.0,66.4,20")).containsExactly("Spin Boldak");
        assertThat(names("/api/entities?bbox=60,29,75,38")).containsExactly("Spin Boldak");
        assertThat(names("/api/entities?bbox=0,40,10,50")).isEmpty();
        assertThat(names("/api/entities?article=" + TestEvents.ARTICLE_ID)).hasSize(4);
        assertThat(names("/api/entities?article=" + "0".repeat(32))).isEmpty();
        Map<?, ?> fitrat = (Map<?, ?>) items("/api/entities?name=fitrat").get(0);
        assertThat(fitrat.get("kind")).isEqualTo("PERSON");
        assertThat((List<?>) fitrat.get("titles")).singleElement()
                .satisfies(t -> assertThat(((Map<?, ?>) t).get("title")).isEqualTo("deputy spokesman"));
    }

    @Test
    void entityPagesWalkEveryEntityOnceByTheCursor() {
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = ServerFixture.json(f.get("/api/entities?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).body());
            ((List<?>) page.get("items")).forEach(e -> seen.add(((Map<?, ?>) e).get("id")));
            cursor = (String) page.get("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void anEntityHasItsNamesMentionsAndEventsTimeline() {
        Object id = ((Map<?, ?>) items("/api/entities?name=pakistani").get(0)).get("id");
        HttpResponse<String> r = f.get("/api/entities/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> entity = ServerFixture.json(r.body());
        assertThat(entity.get("name")).isEqualTo("Pakistani");
        Map<?, ?> mention = (Map<?, ?>) ((List<?>) entity.get("mentions")).get(0);
        assertThat(mention.get("article_id")).isEqualTo(TestEvents.ARTICLE_ID);
        int start = (Integer) mention.get("start") - 100;
        assertThat(TestEvents.CLASH_SENTENCE.substring(start, start + "Pakistani".length())).isEqualTo(mention.get("text"));
        List<?> events = (List<?>) entity.get("events");
        assertThat(field(events, "type")).containsExactly("ASSAULT");
        Map<?, ?> clash = (Map<?, ?>) events.get(0);
        assertThat(clash.get("date_from")).isEqualTo("2025-12-05");
        Map<?, ?> report = (Map<?, ?>) ((Map<?, ?>) ((List<?>) clash.get("reports")).get(0)).get("event");
        assertThat(report.get("article_id")).isEqualTo(TestEvents.ARTICLE_ID);
        assertThat(f.get("/api/entities/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void storiesAndAStoryWithItsEventsClaimsAndSources() {
        List<?> stories = items("/api/stories");
        assertThat(stories).hasSize(1);
        Map<?, ?> story = (Map<?, ?>) stories.get(0);
        assertThat(story.get("title")).isEqualTo(f.article.title());
        assertThat(((List<?>) story.get("main_places")).contains("Spin Boldak")).as(story.toString()).isTrue();
        assertThat(items("/api/stories?actor=fitrat")).hasSize(1);
        assertThat(items("/api/stories?actor=nobody%20at%20all")).isEmpty();
        assertThat(items("/api/stories?country=AF")).hasSize(1);
        assertThat(items("/api/stories?country=FR")).isEmpty();
        assertThat(items("/api/stories?since=2030-01-01")).isEmpty();
        assertThat(items("/api/stories?until=2025-12-31")).hasSize(1);
        assertThat(items("/api/stories?near=31.0,66.4,20")).hasSize(1);
        assertThat(items("/api/stories?near=48.85,2.35,20")).isEmpty();

        HttpResponse<String> r = f.get("/api/stories/" + story.get("id"));
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> page = ServerFixture.json(r.body());
        assertThat(field((List<?>) page.get("articles"), "id")).containsExactly(TestEvents.ARTICLE_ID);
        assertThat(field((List<?>) page.get("events"), "type")).containsExactlyInAnyOrder("ASSAULT", "CONSULT");
        assertThat((List<?>) page.get("timeline")).hasSize(2);
        assertThat((List<?>) page.get("claim_series")).isEmpty(); // one figure is no series
        assertThat(f.get("/api/stories/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void claimSeriesAreServedWithTheClaimFilters() {
        HttpResponse<String> r = f.get("/api/claims/series?subject=soldiers");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ServerFixture.json(r.body()).get("items")).isEqualTo(List.of()); // a single figure makes no series
        assertThat(f.get("/api/claims/series?since=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void fullTextSearchGivesSnippetsWithTheWordsRanges() {
        HttpResponse<String> r = f.get("/api/search?q=" + URLEncoder.encode("telephone", StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> page = ServerFixture.json(r.body());
        assertThat(page.get("total")).isEqualTo(1);
        Map<?, ?> hit = (Map<?, ?>) ((List<?>) page.get("items")).get(0);
        assertThat(hit.get("article_id")).isEqualTo(TestEvents.ARTICLE_ID);
        String snippet = (String) hit.get("snippet");
        Map<?, ?> range = (Map<?, ?>) ((List<?>) hit.get("highlights")).get(0);
        assertThat(snippet.substring((Integer) range.get("start"), (Integer) range.get("end"))).isEqualToIgnoringCase("telephone");
        assertThat(ServerFixture.json(f.get("/api/search?q=reindeer").body()).get("total")).isEqualTo(0);
        assertThat(f.get("/api/search").statusCode()).isEqualTo(400);
        HttpResponse<String> phrase = f.get("/api/search?q=" + URLEncoder.encode("\"Spin Boldak\" AND clashed", StandardCharsets.UTF_8));
        assertThat(ServerFixture.json(phrase.body()).get("total")).isEqualTo(1);
    }

    @Test
    void newRoutesAnswerA304ForAnUnchangedETag() {
        for (String path : List.of("/api/entities", "/api/stories", "/api/search?q=clashed", "/api/claims/series")) {
            HttpResponse<String> first = f.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(f.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void watchlistsAreAddedReadAndRemovedWithAToken() {
        String auth = "Bearer " + f.token;
        byte[] body = ("{\"name\": \"kandahar-clashes\", \"type\": \"assault\", \"country\": \"Afghanistan\", \"lat\": 31.61,"
                + " \"lon\": 65.71, \"radius_km\": 100, \"webhook\": \"https://hooks.example.org/sitrep\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> added = f.post("/api/watchlists", body, "Authorization", auth, "Content-Type", "application/json");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Map<String, Object> saved = ServerFixture.json(added.body());
        assertThat(saved.get("type")).isEqualTo("ASSAULT");
        assertThat(saved.get("country")).isEqualTo("AF");
        assertThat(saved.get("radius_km")).isEqualTo(100.0);
        assertThat(f.watch.watchlists()).extracting(w -> w.name()).contains("kandahar-clashes");
        assertThat(f.post("/api/watchlists", body, "Authorization", auth, "Content-Type", "application/json").statusCode()).isEqualTo(409);
        assertThat(field(items("/api/watchlists"), "name")).contains("kandahar-clashes");
        assertThat(ServerFixture.json(f.get("/api/watchlists/kandahar-clashes").body()).get("webhook"))
                .isEqualTo("https://hooks.example.org/sitrep");
        assertThat(f.delete("/api/watchlists/kandahar-clashes").statusCode()).isEqualTo(401);
        assertThat(f.delete("/api/watchlists/kandahar-clashes", "Authorization", auth).statusCode()).isEqualTo(200);
        assertThat(f.get("/api/watchlists/kandahar-clashes").statusCode()).isEqualTo(404);
        assertThat(f.delete("/api/watchlists/kandahar-clashes", "Authorization", auth).statusCode()).isEqualTo(404);
        assertThat(f.watch.watchlists()).extracting(w -> w.name()).doesNotContain("kandahar-clashes");
    }

    private List<?> items(String path) {
        HttpResponse<String> r = f.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return (List<?>) ServerFixture.json(r.body()).get("items");
    }

    static List<Object> field(List<?> items, String key) {
        return items.stream().map(e -> ((Map<?, ?>) e).get(key)).map(Object.class::cast).toList();
    }

    private List<Object> names(String path) {
        return items(path).stream().map(e -> ((Map<?, ?>) e).get("name")).map(Object.class::cast).toList();
    }
}
