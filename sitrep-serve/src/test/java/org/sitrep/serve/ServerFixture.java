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

    /** What a server answered on a raw connection: the status, the headers (names in lower case) and the body. */
    record RawAnswer(int status, Map<String, String> headers, String body) {
    }

    /**
     * A POST that declares {@code declaredLength} bytes but sends only {@code sent} of them, then reads the answer: how a
     * client learns of a refused oversized upload without the server having to read, or reset, what it will not take.
     */
    RawAnswer postDeclaring(String path, long declaredLength, byte[] sent, String... headers) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Length: " + declaredLength + "\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(sent);
            out.flush();
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            String statusLine = line(in);
            Map<String, String> answerHeaders = new java.util.LinkedHashMap<>();
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                answerHeaders.put(h.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), h.substring(colon + 1).trim());
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (answerHeaders.containsKey("content-length")) {
                body.writeBytes(in.readNBytes(Integer.parseInt(answerHeaders.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(answerHeaders.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    body.writeBytes(in.readNBytes(size));
                    line(in);
                }
            } else {
                body.writeBytes(in.readAllBytes());
            }
            return new RawAnswer(Integer.parseInt(statusLine.split(" ")[1]), answerHeaders, body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String line(java.io.DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
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
