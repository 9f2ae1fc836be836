package org.sitrep.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.JdbiTokenStore;
import org.sitrep.store.RawInput;
import org.sitrep.store.TestEvents;

/** A real server on 127.0.0.1 over a real store holding {@link TestEvents}' article, and an HTTP client for it. */
final class ServerFixture implements AutoCloseable {

    final JdbiArticleStore store;
    final JdbiTokenStore tokens;
    final ApiServer server;
    final String token;
    final Article article = TestEvents.article();
    private final HttpClient client = HttpClient.newHttpClient();

    ServerFixture(String dbUrl, ServeOptions options) {
        store = JdbiArticleStore.open(dbUrl);
        tokens = JdbiTokenStore.open(dbUrl);
        store.save(new RawInput("in/spin-boldak.txt", "text", null, null, null,
                "the input of the test article".getBytes(StandardCharsets.UTF_8)), Set.of("all"), List.of(article));
        token = tokens.create("tests");
        server = ApiServer.create(store, tokens, null, options.withPort(0)).start();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), headers);
    }

    HttpResponse<String> post(String path, byte[] body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)), headers);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(String body) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = ArticleJson.mapper().readValue(body, Map.class);
            return map;
        } catch (IOException e) {
            throw new AssertionError("not a JSON object: " + body, e);
        }
    }

    @Override
    public void close() {
        server.close();
        tokens.close();
        store.close();
    }
}
