package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sitrep.store.RawInput;
import org.sitrep.store.TestEvents;

/** The server's cache of answers: identical reads answered from it, and never an answer the store has moved past. */
class ResponseCacheTest {

    private static String database() {
        return "jdbc:h2:mem:cache" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void anIdenticalReadIsAnsweredFromTheCacheUntilTheStoreIsWritten() {
        try (ServerFixture f = new ServerFixture(database(), ServeOptions.defaults())) {
            String path = "/api/events?country=AF&limit=10";
            HttpResponse<String> first = f.get(path);
            ResponseCache.Stats before = f.server.cache().stats();
            HttpResponse<String> again = f.get(path);
            assertThat(f.server.cache().stats().hits()).isEqualTo(before.hits() + 1);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
            // an If-None-Match on a kept answer is still a 304
            assertThat(f.get(path, "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
            // another query string is another answer
            assertThat(f.get("/api/events?country=FR&limit=10").body()).isNotEqualTo(first.body());

            String otherId = "0123456789abcdef0123456789abcdef";
            f.store.save(new RawInput("in/second.txt", "text", null, null, null, "a second input".getBytes(StandardCharsets.UTF_8)),
                    Set.of("all"), List.of(TestEvents.article().toBuilder().id(otherId).build()));
            HttpResponse<String> after = f.get(path);
            assertThat(after.body()).contains(otherId).isNotEqualTo(first.body());
            assertThat(f.get("/api/articles?limit=5").body()).contains(otherId);
        }
    }

    @Test
    void aReadThatNeedsATokenIsRefusedWithoutOneEvenWhenItsAnswerIsKept() {
        try (ServerFixture f = new ServerFixture(database(), ServeOptions.defaults().withReadNeedsToken(true))) {
            String path = "/api/events?limit=10";
            assertThat(f.get(path, "Authorization", "Bearer " + f.token).statusCode()).isEqualTo(200);
            HttpResponse<String> without = f.get(path);
            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(without.body()).doesNotContain(TestEvents.ARTICLE_ID);
        }
    }

    @Test
    void withNoRoomNothingIsKept() {
        try (ServerFixture f = new ServerFixture(database(), ServeOptions.defaults().withCacheBytes(0))) {
            f.get("/api/events?limit=10");
            f.get("/api/events?limit=10");
            assertThat(f.server.cache().stats()).isEqualTo(new ResponseCache.Stats(0, 0, 0, 0));
        }
    }
}
