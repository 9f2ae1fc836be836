package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.model.ArticleJson;
import org.sitrep.store.TestEvents;

/** The JSON API over a real store, on each database: what it answers, filters and pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServeApiContract {

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
    void anArticleIsItsArticleJson() {
        HttpResponse<String> r = f.get("/api/articles/" + TestEvents.ARTICLE_ID);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(ArticleJson.fromJson(r.body())).isEqualTo(f.article);
    }

    @Test
    void articlesArePagedWithACursor() {
        Map<String, Object> page = ServerFixture.json(f.get("/api/articles?limit=1").body());
        assertThat((List<?>) page.get("items")).hasSize(1);
        assertThat(page.get("next")).isNull(); // one article stored
        assertThat(((Map<?, ?>) ((List<?>) page.get("items")).get(0)).get("id")).isEqualTo(TestEvents.ARTICLE_ID);
    }

    @Test
    void eventsArePagedWithACursorThatWalksThemAll() {
        Map<String, Object> first = ServerFixture.json(f.get("/api/events?limit=1").body());
        assertThat((List<?>) first.get("items")).hasSize(1);
        assertThat(first.get("next")).isNotNull();
        Map<String, Object> second = ServerFixture.json(f.get("/api/events?limit=1&cursor=" + first.get("next")).body());
        assertThat((List<?>) second.get("items")).hasSize(1);
        assertThat(second.get("next")).isNull();
        assertThat(eventIds(first)).doesNotContainAnyElementsOf(eventIds(second));
    }

    @Test
    void eventFiltersSelectAsTheCommandLineDoes() {
        assertThat(eventIds("/api/events?type=assault")).containsExactly("ev1");
        assertThat(eventIds("/api/events?acled_type=Battles")).containsExactly("ev1");
        assertThat(eventIds("/api/events?country=Afghanistan")).containsExactlyInAnyOrder("ev1", "ev2");
        assertThat(eventIds("/api/events?country=PAK")).containsExactlyInAnyOrder("ev1", "ev2");
        assertThat(eventIds("/api/events?country=FR")).isEmpty();
        assertThat(eventIds("/api/events?since=2025-12-05&until=2025-12-05")).containsExactly("ev1");
        assertThat(eventIds("/api/events?article=" + TestEvents.ARTICLE_ID)).containsExactlyInAnyOrder("ev1", "ev2");
    }

    @Test
    void eventsAreFoundByActorWordsAndPlace() {
        assertThat(eventIds("/api/events?actor=pakistani")).containsExactly("ev1");
        assertThat(eventIds("/api/events?actor=foreign%20minister")).containsExactly("ev2");
        assertThat(eventIds("/api/events?q=telephone")).containsExactly("ev2");
        assertThat(eventIds("/api/events?q=SPIN%20BOLDAK")).containsExactly("ev1");
        // Spin Boldak is at 31.0056 N, 66.3998 E; Kandahar city about 95 km north-west of it
        assertThat(eventIds("/api/events?near=31.61,65.71,100")).containsExactly("ev1");
        assertThat(eventIds("/api/events?near=31.61,65.71,50")).isEmpty();
        assertThat(eventIds("/api/events?bbox=60,29,75,38")).containsExactly("ev1");
        assertThat(eventIds("/api/events?bbox=0,40,10,50")).isEmpty();
        // a box across the antimeridian holds neither
        assertThat(eventIds("/api/events?bbox=170,-10,-170,10")).isEmpty();
    }

    @Test
    void claimsAndEntitiesAreServed() {
        Map<String, Object> claims = ServerFixture.json(f.get("/api/claims?subject=soldiers").body());
        assertThat((List<?>) claims.get("items")).hasSize(1);
        assertThat(((Map<?, ?>) ((List<?>) claims.get("items")).get(0)).get("value")).isEqualTo(23);
        Map<String, Object> entities = ServerFixture.json(f.get("/api/articles/" + TestEvents.ARTICLE_ID + "/entities").body());
        assertThat(entities.get("article_id")).isEqualTo(TestEvents.ARTICLE_ID);
        assertThat(LinkedRoutesContract.field((List<?>) entities.get("items"), "name"))
                .containsExactly("Afghan", "Pakistani", "Hamdullah Fitrat", "Spin Boldak");
    }

    @Test
    void exportsAreTheCommandLinesFormats() {
        HttpResponse<String> csv = f.get("/events.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("article_id,event_id,type,mode,");
        assertThat(csv.body().lines().count()).isGreaterThanOrEqualTo(3);
        HttpResponse<String> acled = f.get("/events.acled.csv?country=AF");
        assertThat(acled.body()).startsWith("event_id_cnty,").contains("AFG-3f9a1c2b-ev1").doesNotContain("ev2");
        Map<String, Object> geo = ServerFixture.json(f.get("/events.geojson").body());
        assertThat(geo.get("type")).isEqualTo("FeatureCollection");
        assertThat((List<?>) geo.get("features")).hasSize(1); // only the clash has a place
        // the newest N: what the map asks for, so a large store's page load stays bounded
        assertThat(f.get("/events.csv?limit=1").body().lines().count()).isEqualTo(2);
        assertThat(f.get("/events.csv?limit=1").body()).isNotEqualTo(csv.body());
        HttpResponse<String> tooMany = f.get("/events.geojson?limit=50001");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit must be a whole number from 1 to 50000");
    }

    @Test
    void anUnchangedAnswerIsA304ByItsETag() {
        HttpResponse<String> first = f.get("/api/events?country=AF");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = f.get("/api/events?country=AF", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(f.get("/api/events?country=FR", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void largeAnswersAreGzippedWhenAsked() {
        HttpResponse<String> r = f.get("/events.csv", "Accept-Encoding", "gzip");
        HttpResponse<String> page = f.get("/vendor/leaflet/leaflet.js", "Accept-Encoding", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void thePageAndItsLibrariesAreServedFromTheServer() {
        assertThat(f.get("/").body()).contains("<script type=\"module\" src=\"app.js\">");
        assertThat(f.get("/vendor/world-atlas/countries-110m.json").statusCode()).isEqualTo(200);
        assertThat(f.get("/vendor/markercluster/dist/leaflet.markercluster.js").statusCode()).isEqualTo(200);
    }

    private List<String> eventIds(String path) {
        HttpResponse<String> r = f.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return eventIds(ServerFixture.json(r.body()));
    }

    private static List<String> eventIds(Map<String, Object> page) {
        return ((List<?>) page.get("items")).stream().map(i -> (String) ((Map<?, ?>) i).get("event_id")).toList();
    }
}
