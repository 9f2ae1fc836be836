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
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.JdbiTokenStore;
import org.sitrep.store.RawInput;
import org.sitrep.store.TestEvents;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.LuceneArticleIndex;
import org.sitrep.store.watch.JdbiWatchStore;

/**
 * A real server on 127.0.0.1 over a real store holding {@link TestEvents}' article (with the entities its events
 * name), linked across articles and indexed for search, a watch store on the same database, and an HTTP client.
 */
final class ServerFixture implements AutoCloseable {

    final JdbiArticleStore store;
    final JdbiTokenStore tokens;
    final JdbiWatchStore watch;
    final ArticleIndex index = LuceneArticleIndex.inMemory();
    final ApiServer server;
    final String token;
    final Article article = withEntities(TestEvents.article());
    private final HttpClient client = HttpClient.newHttpClient();

    ServerFixture(String dbUrl, ServeOptions options) {
        store = JdbiArticleStore.open(dbUrl);
        tokens = JdbiTokenStore.open(dbUrl);
        store.save(new RawInput("in/spin-boldak.txt", "text", null, null, null,
                "the input of the test article".getBytes(StandardCharsets.UTF_8)), Set.of("all"), List.of(article));
        store.links().link(article.id(), null);
        index.put(List.of(article));
        watch = JdbiWatchStore.open(dbUrl);
        token = tokens.create("tests");
        server = ApiServer.create(store, tokens, index, watch, null, options.withPort(0)).start();
    }

    /** The article with entities for the parties its events name (their ids), each with one mention in its text. */
    static Article withEntities(Article article) {
        String clash = TestEvents.CLASH_SENTENCE;
        return article.toBuilder().entities(List.of(
                entity("e1", "NORP", "Afghan", "AF", null, null, null, clash, "Afghan"),
                entity("e2", "NORP", "Pakistani", "PK", null, null, null, clash, "Pakistani"),
                entity("e3", "PERSON", "Hamdullah Fitrat", "AF", "deputy spokesman", "Taliban", null, clash, "Hamdullah Fitrat"),
                entity("e8", "GPE", "Spin Boldak", "AF", null, null, TestEvents.SPIN_BOLDAK, clash, "Spin Boldak"))).build();
    }

    private static Entity entity(String id, String type, String name, String country, String title, String affiliation,
                                 Place place, String sentence, String mention) {
        int at = 100 + sentence.indexOf(mention); // the clash sentence starts the body, at offset 100
        return new Entity(id, type, name, List.of(), title, affiliation, country, place,
                List.of(new Span(at, at + mention.length(), mention)));
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

    /**
     * A POST on a connection of its own: a server refusing a large body closes the connection, which a pooled client
     * would otherwise hand to the next request.
     */
    HttpResponse<String> postAlone(String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).DELETE(), headers);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpRequest built = request.build();
        try {
            try {
                return client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException closed) {
                // The server closes a connection after refusing a malformed request; the JDK's pooled client can hand
                // that closed connection to the next request, which then reads no bytes at all. Such a request never
                // reached the server, so it is sent again on a connection of its own.
                return HttpClient.newHttpClient().send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
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
        index.close();
        watch.close();
        tokens.close();
        store.close();
    }
}
