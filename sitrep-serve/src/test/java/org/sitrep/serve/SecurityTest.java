package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.EntityQuery;
import org.sitrep.store.EventQuery;
import org.sitrep.store.TestEvents;

/**
 * Hostile requests: SQL injection in every filter, path games in ids, oversized and malformed bodies, missing and
 * wrong tokens, URL ingest aimed inside the machine, another site's page reading the API. Each gets a 4xx with a
 * JSON message, no stack trace or library internals, and the store is unchanged.
 */
class SecurityTest {

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "x'); DROP TABLE events; --",
            "1 UNION SELECT token_hash FROM api_tokens --", "%' --", "\\'; SELECT 1; --");
    private static final List<String> FILTERS = List.of("since", "until", "type", "acled_type", "country", "article",
            "actor", "q", "bbox", "near", "limit", "cursor");

    /** The filters of the routes over linked entities, stories, claim series and search. */
    private static final Map<String, List<String>> NEW_FILTERS = Map.of(
            "/api/entities", List.of("name", "type", "country", "article", "near", "bbox", "limit", "cursor"),
            "/api/stories", List.of("actor", "country", "since", "until", "near", "bbox", "limit", "cursor"),
            "/api/claims/series", List.of("since", "until", "subject", "article", "limit", "cursor"),
            "/api/search?q=clashed", List.of("q", "limit", "cursor"));
    static final String BOUNDARY = "sitrep-test-boundary";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private static ServerFixture f;
    private static ServerFixture readLocked;

    @BeforeAll
    static void start() {
        f = new ServerFixture("jdbc:h2:mem:sec" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", ServeOptions.defaults());
        readLocked = new ServerFixture("jdbc:h2:mem:sec" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                ServeOptions.defaults().withReadNeedsToken(true));
    }

    @AfterAll
    static void stop() {
        f.close();
        readLocked.close();
    }

    @Test
    void sqlInjectionInEveryFilterSelectsNothingMoreAndChangesNothing() {
        long events = f.store.countEvents(EventQuery.all());
        long articles = f.store.count(ArticleQuery.all());
        for (String filter : FILTERS) {
            for (String injection : INJECTIONS) {
                String path = "/api/events?" + filter + "=" + URLEncoder.encode(injection, StandardCharsets.UTF_8);
                HttpResponse<String> r = f.get(path);
                assertThat(r.statusCode()).as(path).isIn(200, 400);
                if (r.statusCode() == 200) { // free text: matched as words, which no event holds
                    assertThat(ServerFixture.json(r.body()).get("items")).as(path).isEqualTo(List.of());
                } else {
                    assertJsonError(r);
                }
            }
        }
        for (String injection : INJECTIONS) {
            String q = URLEncoder.encode(injection, StandardCharsets.UTF_8);
            assertThat(f.get("/api/claims?subject=" + q).statusCode()).isEqualTo(200);
            assertThat(f.get("/api/articles?title=" + q).body()).contains("\"items\":[]");
            assertThat(f.get("/events.csv?country=" + q).statusCode()).isEqualTo(400);
        }
        assertThat(f.store.countEvents(EventQuery.all())).isEqualTo(events);
        assertThat(f.store.count(ArticleQuery.all())).isEqualTo(articles);
    }

    @Test
    void sqlInjectionInTheLinkedSearchAndSeriesFiltersSelectsNothingAndChangesNothing() {
        long events = f.store.countEvents(EventQuery.all());
        long articles = f.store.count(ArticleQuery.all());
        int entities = f.store.links().entities(EntityQuery.all()).size();
        for (Map.Entry<String, List<String>> route : NEW_FILTERS.entrySet()) {
            for (String filter : route.getValue()) {
                for (String injection : INJECTIONS) {
                    String path = route.getKey() + (route.getKey().contains("?") ? "&" : "?") + filter + "="
                            + URLEncoder.encode(injection, StandardCharsets.UTF_8);
                    HttpResponse<String> r = f.get(path);
                    assertThat(r.statusCode()).as(path).isIn(200, 400);
                    if (r.statusCode() == 400) {
                        assertJsonError(r);
                    } else if (!route.getKey().startsWith("/api/search")) { // free text: matched as text, which nothing holds
                        assertThat(ServerFixture.json(r.body()).get("items")).as(path).isEqualTo(List.of());
                    } else { // words: at most the one article, never anything from another table
                        assertThat(r.body()).as(path).doesNotContain("token_hash").doesNotContain("sitrep_");
                    }
                }
            }
        }
        assertThat(f.store.countEvents(EventQuery.all())).isEqualTo(events);
        assertThat(f.store.count(ArticleQuery.all())).isEqualTo(articles);
        assertThat(f.store.links().entities(EntityQuery.all())).hasSize(entities);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fetc%2Fpasswd", "%2E%2E", "..%5C..%5Cwindows", "3f9a1c2b%00", "3F9A1C2B",
            "x%27%20OR%20%271%27%3D%271"})
    void pathGamesInIdsAreRefused(String id) {
        for (String route : List.of("/api/articles/", "/api/entities/", "/api/stories/", "/api/watchlists/")) {
            HttpResponse<String> r = f.get(route + id);
            assertThat(r.statusCode()).as(route + id).isIn(400, 404);
            assertJsonError(r);
            assertThat(r.body()).doesNotContain("root:");
        }
        HttpResponse<String> delete = f.delete("/api/watchlists/" + id, "Authorization", "Bearer " + f.token);
        assertThat(delete.statusCode()).isIn(400, 404);
        assertJsonError(delete);
    }

    @Test
    void watchlistWritesNeedAValidTokenAndAValidBody() {
        String good = "{\"name\": \"border\", \"country\": \"AF\", \"email\": \"desk@example.org\"}";
        String auth = "Bearer " + f.token;
        int before = f.watch.watchlists().size();
        assertThat(watchlistPost(good).statusCode()).isEqualTo(401);
        assertThat(watchlistPost(good, "Authorization", "Bearer sitrep_wrong").statusCode()).isEqualTo(401);
        assertThat(watchlistPost(good, "Authorization", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(401);
        for (String bad : List.of("{\"name\": ", "[1,2]", "\"border\"", "{}", "{\"name\": \"../../etc\", \"email\": \"a@b.org\"}",
                "{\"name\": \"x' OR '1'='1\", \"email\": \"a@b.org\"}", "{\"name\": \"border\"}",
                "{\"name\": \"border\", \"email\": \"a@b.org\", \"token_hash\": \"x\"}",
                "{\"name\": \"border\", \"type\": \"'; DROP TABLE watchlists; --\", \"email\": \"a@b.org\"}",
                "{\"name\": \"border\", \"country\": \"Narnia\", \"email\": \"a@b.org\"}",
                "{\"name\": \"border\", \"lat\": 31.6, \"email\": \"a@b.org\"}",
                "{\"name\": \"border\", \"lat\": \"31.6\", \"lon\": 65.7, \"email\": \"a@b.org\"}",
                "{\"name\": \"border\", \"lat\": 91, \"lon\": 65.7, \"email\": \"a@b.org\"}",
                "{\"name\": \"border\", \"webhook\": \"javascript:alert(1)\"}",
                "{\"name\": \"border\", \"webhook\": \"file:///etc/passwd\"}",
                "{\"name\": \"border\", \"email\": \"not an address\"}",
                "{\"name\": \"border\", \"actor\": \"" + "x".repeat(300) + "\", \"email\": \"a@b.org\"}")) {
            HttpResponse<String> r = watchlistPost(bad, "Authorization", auth);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertJsonError(r);
        }
        HttpResponse<String> notJson = f.post("/api/watchlists", good.getBytes(StandardCharsets.UTF_8), "Authorization", auth,
                "Content-Type", "text/plain");
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertJsonError(notJson);
        HttpResponse<String> big = watchlistPost("{\"name\": \"border\", \"text\": \"" + "x".repeat(40_000) + "\"}",
                "Authorization", auth);
        assertThat(big.statusCode()).isEqualTo(413);
        assertJsonError(big);
        assertThat(f.delete("/api/watchlists/border").statusCode()).isEqualTo(401);
        assertThat(f.watch.watchlists()).hasSize(before);
    }

    @Test
    void uploadsNeedATokenAndAWellFormedBoundedForm() {
        // each on a connection of its own: a server refusing a form it has not read closes the connection
        String auth = "Bearer " + f.token;
        byte[] form = form("report.txt", "Taliban fighters attacked a checkpoint.".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> none = f.postAlone("/api/ingest", form, "Content-Type", MULTIPART);
        assertThat(none.statusCode()).isEqualTo(401);
        assertJsonError(none);
        HttpResponse<String> malformed = f.postAlone("/api/ingest", "--nothing-like-the-boundary\r\ngarbage".getBytes(StandardCharsets.UTF_8),
                "Authorization", auth, "Content-Type", MULTIPART);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertJsonError(malformed);
        HttpResponse<String> noFile = f.postAlone("/api/ingest", ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n"
                + "hello\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8), "Authorization", auth, "Content-Type", MULTIPART);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertJsonError(noFile);
        // declared past the limit: refused from the headers, before the server reads (or the client sends) the rest
        byte[] bigForm = form("big.txt", new byte[(int) ServeOptions.DEFAULT_MAX_UPLOAD + 10]);
        ServerFixture.RawAnswer big = f.postDeclaring("/api/ingest", bigForm.length, java.util.Arrays.copyOf(bigForm, 4096),
                "Authorization", auth, "Content-Type", MULTIPART);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.headers().get("content-type")).startsWith("application/json");
        assertJsonErrorMessage(big.body());
        assertThat(f.store.count(ArticleQuery.all())).isEqualTo(1);
    }

    /** A multipart/form-data body with one file field. */
    static byte[] form(String fileName, byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpResponse<String> watchlistPost(String body, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/json";
        return f.post("/api/watchlists", body.getBytes(StandardCharsets.UTF_8), all);
    }

    @Test
    void anUnknownIdIsA404() {
        HttpResponse<String> r = f.get("/api/articles/" + "0".repeat(32));
        assertThat(r.statusCode()).isEqualTo(404);
        assertJsonError(r);
    }

    @Test
    void writesNeedAValidToken() {
        byte[] body = "Some text.".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> none = f.post("/api/ingest?name=a.txt", body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertJsonError(none);
        assertThat(f.post("/api/ingest?name=a.txt", body, "Authorization", "Bearer sitrep_wrong").statusCode()).isEqualTo(401);
        assertThat(f.post("/api/ingest?name=a.txt", body, "Authorization", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(401);
        assertThat(f.post("/api/ingest?name=a.txt", body, "Authorization", "Bearer " + f.token + "x").statusCode()).isEqualTo(401);
        f.tokens.revoke("spare");
        String spare = f.tokens.create("spare");
        f.tokens.revoke("spare");
        assertThat(f.post("/api/ingest?name=a.txt", body, "Authorization", "Bearer " + spare).statusCode()).isEqualTo(401);
        assertThat(f.store.count(ArticleQuery.all())).isEqualTo(1);
    }

    @Test
    void readsCanBeMadeToNeedAToken() {
        assertThat(readLocked.get("/api/events").statusCode()).isEqualTo(401);
        assertThat(readLocked.get("/events.csv").statusCode()).isEqualTo(401);
        assertThat(readLocked.get("/api/articles/" + TestEvents.ARTICLE_ID).statusCode()).isEqualTo(401);
        assertThat(readLocked.get("/api/events", "Authorization", "Bearer " + readLocked.token).statusCode()).isEqualTo(200);
        for (String path : List.of("/api/entities", "/api/stories", "/api/claims/series", "/api/search?q=clashed", "/api/watchlists")) {
            assertThat(readLocked.get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(readLocked.get(path, "Authorization", "Bearer " + readLocked.token).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(f.get("/api/events").statusCode()).isEqualTo(200);
    }

    @Test
    void oversizedAndMalformedBodiesAreRefused() {
        String auth = "Bearer " + f.token;
        HttpResponse<String> big = f.post("/api/ingest?name=big.txt", new byte[(int) ServeOptions.DEFAULT_MAX_UPLOAD + 10],
                "Authorization", auth);
        assertThat(big.statusCode()).isEqualTo(413);
        assertJsonError(big);
        HttpResponse<String> notJson = f.post("/api/ingest", "{\"url\": ".getBytes(StandardCharsets.UTF_8),
                "Authorization", auth, "Content-Type", "application/json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertJsonError(notJson);
        HttpResponse<String> noUrl = f.post("/api/ingest", "[1,2]".getBytes(StandardCharsets.UTF_8),
                "Authorization", auth, "Content-Type", "application/json");
        assertThat(noUrl.statusCode()).isEqualTo(400);
        HttpResponse<String> badName = f.post("/api/ingest?name=..%2F..%2Fetc%2Fcron.d%2Fx", "x".getBytes(StandardCharsets.UTF_8),
                "Authorization", auth);
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(f.post("/api/ingest?name=a.txt", new byte[0], "Authorization", auth).statusCode()).isEqualTo(400);
        assertThat(f.post("/api/ingest?name=a.txt&format=warc", "x".getBytes(StandardCharsets.UTF_8), "Authorization", auth)
                .statusCode()).isEqualTo(400);
        assertThat(f.store.count(ArticleQuery.all())).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:1/", "http://localhost/", "http://10.0.0.1/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/", "http://100.64.0.1/",
            "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/"})
    void urlIngestRefusesAddressesInsideTheMachineOrItsNetwork(String url) {
        HttpResponse<String> r = f.post("/api/ingest", ("{\"url\": \"" + url + "\"}").getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + f.token, "Content-Type", "application/json");
        assertThat(r.statusCode()).isEqualTo(403);
        assertJsonError(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "http://user:pw@example.org/"})
    void urlIngestTakesOnlyHttpUrls(String url) {
        HttpResponse<String> r = f.post("/api/ingest", ("{\"url\": \"" + url + "\"}").getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + f.token, "Content-Type", "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertJsonError(r);
    }

    @Test
    void corsIsOffSoOtherSitesCannotReadTheApi() {
        HttpResponse<String> r = f.get("/api/events", "Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> preflight = f.send(HttpRequest.newBuilder(URI.create(f.base() + "/api/ingest"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        for (String path : List.of("/api/entities", "/api/stories", "/api/search?q=clashed", "/api/watchlists")) {
            assertThat(f.get(path, "Origin", "https://evil.example").headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
        HttpResponse<String> watchPreflight = f.send(HttpRequest.newBuilder(URI.create(f.base() + "/api/watchlists"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://evil.example",
                "Access-Control-Request-Method", "DELETE");
        assertThat(watchPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void unknownRoutesAndServerErrorsAreJsonWithoutInternals() {
        HttpResponse<String> r = f.get("/api/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertJsonError(r);
        HttpResponse<String> deep = f.get("/api/events?limit=" + "9".repeat(30));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertJsonError(deep);
    }

    @Test
    void thePageIsServedWithAPolicyThatRunsOnlyItsOwnScripts() {
        HttpResponse<String> r = f.get("/");
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("script-src 'self'").contains("object-src 'none'").doesNotContain("unsafe-eval");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static void assertJsonError(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertJsonErrorMessage(r.body());
    }

    private static void assertJsonErrorMessage(String body) {
        Object message = ServerFixture.json(body).get("error");
        assertThat(message).isInstanceOf(String.class);
        assertThat((String) message).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("org.sitrep").doesNotContain("jdbc:");
    }
}
