package org.sitrep.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches the page a {@code POST /api/ingest} names. Unless allowed, it refuses addresses inside the machine or
 * its network (loopback, private, link-local, unique-local, carrier-grade NAT, multicast, unspecified): the server
 * must not become a way into them. Redirects are followed by hand, at most {@link #MAX_REDIRECTS}, each target
 * checked the same way; the body is cut off past the upload limit.
 */
final class UrlFetcher {

    static final int MAX_REDIRECTS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** A fetched page. */
    record Fetched(String url, byte[] bytes) {
    }

    private final boolean allowPrivate;
    private final long maxBytes;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT).build();

    UrlFetcher(boolean allowPrivate, long maxBytes) {
        this.allowPrivate = allowPrivate;
        this.maxBytes = maxBytes;
    }

    Fetched fetch(String given) {
        URI uri = check(given);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> response;
            try {
                response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", "sitrep").GET()
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new ApiError(422, "cannot fetch " + Params.clip(uri.toString()) + ": " + reason(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiError(503, "the fetch was interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response.body());
                uri = check(uri.resolve(response.headers().firstValue("Location").get()).toString());
                continue;
            }
            if (status != 200) {
                close(response.body());
                throw new ApiError(422, "cannot fetch " + Params.clip(uri.toString()) + ": the server answered " + status);
            }
            return new Fetched(uri.toString(), read(response.body(), uri));
        }
        throw new ApiError(422, "cannot fetch " + Params.clip(given) + ": more than " + MAX_REDIRECTS + " redirects");
    }

    /** The URL, when it is http(s) to a host this server may reach; else a 400 saying why. */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiError.badRequest("url is not a URL: '" + Params.clip(url) + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw ApiError.badRequest("url must be an http or https URL with a host, not '" + Params.clip(url) + "'");
        }
        if (uri.getUserInfo() != null) {
            throw ApiError.badRequest("url must not carry a user name or password");
        }
        if (!allowPrivate) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw new ApiError(422, "cannot fetch " + Params.clip(url) + ": unknown host " + Params.clip(uri.getHost()));
            }
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new ApiError(403, "refusing to fetch " + Params.clip(url) + ": " + uri.getHost()
                            + " is a private, loopback or link-local address (sitrep serve --allow-private-fetch allows it)");
                }
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7, unique local
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first == 100 && second >= 64 && second < 128 // 0/8, 100.64/10 (carrier-grade NAT)
                || first == 169 && second == 254 || first >= 240; // link-local (also above), reserved
    }

    private byte[] read(InputStream body, URI uri) {
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ApiError(413, "the page at " + Params.clip(uri.toString()) + " is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiError(422, "cannot fetch " + Params.clip(uri.toString()) + ": " + reason(e));
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was read from it; closing only frees the connection
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : Params.clip(m);
    }
}
