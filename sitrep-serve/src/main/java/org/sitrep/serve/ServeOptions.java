package org.sitrep.serve;

/**
 * How the server runs.
 *
 * @param bind              the address to listen on (127.0.0.1 unless the user names another)
 * @param port              the port (0: any free one)
 * @param readNeedsToken    whether reads, too, need a bearer token (writes always do)
 * @param allowPrivateFetch whether URL ingest may fetch private, loopback and link-local addresses
 * @param maxUploadBytes    the largest body a request may send
 * @param cacheBytes        room for answers kept for identical reads until the store changes (0: none kept)
 */
public record ServeOptions(String bind, int port, boolean readNeedsToken, boolean allowPrivateFetch, long maxUploadBytes,
                           long cacheBytes) {

    /** 20 MiB: a large HTML page or a feed, not an archive (those go through {@code sitrep ingest}). */
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    /** 64 MiB: a few thousand pages of events, or a few hundred map exports. */
    public static final long DEFAULT_CACHE = 64L * 1024 * 1024;

    public ServeOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port must be between 0 and 65535");
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("the cache's room must not be negative");
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be at least one byte");
        }
    }

    public static ServeOptions defaults() {
        return new ServeOptions("127.0.0.1", 8080, false, false, DEFAULT_MAX_UPLOAD, DEFAULT_CACHE);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(bind, newPort, readNeedsToken, allowPrivateFetch, maxUploadBytes, cacheBytes);
    }

    public ServeOptions withReadNeedsToken(boolean needs) {
        return new ServeOptions(bind, port, needs, allowPrivateFetch, maxUploadBytes, cacheBytes);
    }

    public ServeOptions withAllowPrivateFetch(boolean allow) {
        return new ServeOptions(bind, port, readNeedsToken, allow, maxUploadBytes, cacheBytes);
    }

    public ServeOptions withCacheBytes(long bytes) {
        return new ServeOptions(bind, port, readNeedsToken, allowPrivateFetch, maxUploadBytes, bytes);
    }
}
