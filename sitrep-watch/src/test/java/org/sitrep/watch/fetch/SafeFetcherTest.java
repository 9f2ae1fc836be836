package org.sitrep.watch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.watch.testing.LocalWebServer;
import org.sitrep.watch.testing.LocalWebServer.Reply;

/** The fetcher against a real server on 127.0.0.1 (allowed here, as --allow-private allows it). */
class SafeFetcherTest {

    private LocalWebServer web;
    private final SafeFetcher fetcher = new SafeFetcher(new FetchPolicy(true, "sitrep-test/1", Duration.ofSeconds(5),
            Duration.ofSeconds(2), 3));

    @BeforeEach
    void start() throws Exception {
        web = LocalWebServer.start();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void redirectsAreFollowedHopByHopWithTheUserAgent() throws Exception {
        web.on("/a", Reply.redirect(302, "/b")).on("/b", Reply.redirect(308, web.url("/c"))).on("/c", Reply.ok("text/plain", "here"));

        FetchResponse response = fetcher.get(URI.create(web.url("/a")), Map.of(), 1000);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.uri().toString()).isEqualTo(web.url("/c"));
        assertThat(new String(response.body())).isEqualTo("here");
        assertThat(web.requests()).extracting(r -> r.header("user-agent")).containsOnly("sitrep-test/1");
    }

    @Test
    void everyRedirectHopPassesTheGuard() {
        web.on("/a", Reply.redirect(302, "file:///etc/passwd"));
        SafeFetcher strict = new SafeFetcher(FetchPolicy.standard(false));

        assertThatThrownBy(() -> fetcher.get(URI.create(web.url("/a")), Map.of(), 1000)).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> strict.get(URI.create(web.url("/a")), Map.of(), 1000))
                .hasMessageContaining("a loopback address");
        assertThat(web.requests()).hasSize(1);
    }

    @Test
    void tooManyRedirectsTooLargeAndTooSlowAnswersFail() {
        web.on("/loop", Reply.redirect(302, "/loop"));
        web.on("/big", Reply.ok("text/plain", "x".repeat(5000)));
        web.on("/slow", r -> {
            Thread.sleep(4000);
            return Reply.ok("text/plain", "late");
        });

        assertThatThrownBy(() -> fetcher.get(URI.create(web.url("/loop")), Map.of(), 1000)).hasMessage("more than 3 redirects");
        assertThatThrownBy(() -> fetcher.get(URI.create(web.url("/big")), Map.of(), 1000))
                .hasMessage("too large: the answer is over 1000 bytes");
        assertThatThrownBy(() -> fetcher.get(URI.create(web.url("/slow")), Map.of(), 1000)).hasMessage("timed out after 2 s");
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        java.time.Instant now = java.time.Instant.parse("2025-12-02T10:00:00Z");
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Tue, 02 Dec 2025 10:05:00 GMT", now)).contains(Duration.ofMinutes(5));
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
    }
}
