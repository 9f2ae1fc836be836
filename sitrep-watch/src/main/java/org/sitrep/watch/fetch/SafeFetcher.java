package org.sitrep.watch.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The one way the watcher reaches the network: every URL, and every redirect hop (followed here, never by the
 * client), passes the {@link AddressGuard}; an answer's body is capped in size and the whole exchange in time.
 */
public final class SafeFetcher {

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final HttpClient client;

    public SafeFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.guard = new AddressGuard(policy.allowPrivate());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchPolicy policy() {
        return policy;
    }

    /**
     * GETs a URL, following up to the policy's number of redirects.
     *
     * @param headers  extra request headers (If-None-Match, ...)
     * @param maxBytes the largest body accepted
     * @return the final answer, whatever its status (redirects aside)
     * @throws FetchException when refused, unreachable, too slow, too large or redirected too often
     */
    public FetchResponse get(URI uri, Map<String, String> headers, long maxBytes) throws FetchException {
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        URI current = uri;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            guard.check(current);
            HttpRequest.Builder request = builder(current).GET();
            headers.forEach(request::header);
            FetchResponse response = exchange(current, request, maxBytes, deadline);
            String location = response.header("location");
            if (!isRedirect(response.status()) || location == null) {
                return response;
            }
            try {
                current = current.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw new FetchException("a redirect to a malformed URL: " + oneLine(location));
            }
        }
        throw new FetchException("more than " + policy.maxRedirects() + " redirects");
    }

    /** POSTs a body once, without following redirects (a webhook that moves must be updated, not guessed). */
    public FetchResponse post(URI uri, String contentType, byte[] body, Map<String, String> headers, long maxBytes)
            throws FetchException {
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        guard.check(uri);
        HttpRequest.Builder request = builder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        headers.forEach(request::header);
        return exchange(uri, request, maxBytes, deadline);
    }

    private static HttpRequest.Builder builder(URI uri) throws FetchException {
        try {
            return HttpRequest.newBuilder(uri);
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL that can be fetched: " + oneLine(uri.toString()));
        }
    }

    /** One request to a URL the guard has passed. */
    private FetchResponse exchange(URI uri, HttpRequest.Builder request, long maxBytes, long deadline)
            throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new FetchException("timed out after " + policy.totalTimeout().toSeconds() + " s");
        }
        request.timeout(Duration.ofNanos(left)).header("User-Agent", policy.userAgent());
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client.sendAsync(request.build(), CappedBody.handler(maxBytes));
        } catch (IllegalArgumentException e) {
            throw new FetchException("a malformed request: " + oneLine(e.getMessage()));
        }
        try {
            HttpResponse<byte[]> response = future.get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
            Map<String, List<String>> lower = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
            return new FetchResponse(uri, response.statusCode(), lower, response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("timed out after " + policy.totalTimeout().toSeconds() + " s", false, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", false, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof CappedBody.TooLargeException) && cause.getCause() != null
                    && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof CappedBody.TooLargeException) {
                throw new FetchException("too large: " + cause.getMessage(), false, cause);
            }
            Throwable first = e.getCause();
            if (first instanceof java.net.http.HttpTimeoutException) {
                throw new FetchException("timed out after " + policy.totalTimeout().toSeconds() + " s", false, first);
            }
            if (first instanceof java.net.ConnectException) {
                throw new FetchException("cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""),
                        false, first);
            }
            throw new FetchException("failed: " + (first instanceof IOException && first.getMessage() != null
                    ? oneLine(first.getMessage()) : first == null ? "unknown error" : first.getClass().getSimpleName()),
                    false, first);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static String oneLine(String s) {
        String line = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
