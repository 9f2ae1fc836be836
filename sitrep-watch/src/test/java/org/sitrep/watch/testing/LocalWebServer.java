package org.sitrep.watch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (a free port) whose answers a test sets and changes per path: feeds, pages,
 * robots.txt, redirects, failures, rate limits, a webhook receiver. It records every request. Unknown paths are 404.
 */
public final class LocalWebServer implements AutoCloseable {

    /** One request as it arrived; header names in lower case. */
    public record Request(String method, String path, Map<String, String> headers, byte[] body, java.time.Instant at) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        public static Reply ok(String contentType, String text) {
            return new Reply(200, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0]);
        }

        public static Reply redirect(int status, String location) {
            return new Reply(status, Map.of("Location", location), new byte[0]);
        }

        public Reply with(String header, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return new Reply(status, h, body);
        }
    }

    /** Answers a request. */
    public interface Handler {
        Reply handle(Request request) throws Exception;
    }

    private final HttpServer server;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LocalWebServer(HttpServer server) {
        this.server = server;
    }

    public static LocalWebServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LocalWebServer web = new LocalWebServer(server);
        server.createContext("/", web::serve);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return web;
    }

    /** The URL of this path on the server: http://127.0.0.1:PORT/path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalWebServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    public LocalWebServer on(String path, Reply reply) {
        return on(path, request -> reply);
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            Request request = new Request(exchange.getRequestMethod(), path, headers, exchange.getRequestBody().readAllBytes(),
                    java.time.Instant.now());
            requests.add(request);
            Handler handler = handlers.getOrDefault(path, handlers.get(exchange.getRequestURI().getRawPath()));
            Reply reply;
            try {
                reply = handler == null ? Reply.status(404) : handler.handle(request);
            } catch (Exception e) {
                reply = Reply.status(500);
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            boolean noBody = reply.status() == 304 || reply.body().length == 0;
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
