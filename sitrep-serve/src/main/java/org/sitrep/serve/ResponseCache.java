package org.sitrep.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Answers to reads kept for the next identical read (same path and query), bounded in bytes, least recently used
 * out first. An answer is fresh while the store has ended no write since it was read ({@code writesEnded} unchanged)
 * and for at most {@code maxAgeNanos}, which bounds how late a write by another process to the same database shows.
 * Only successful answers are kept; a read gate (a token) runs before it as before each uncached read.
 */
final class ResponseCache {

    /** What a kept answer replays. */
    record Answer(String contentType, byte[] body, String etag, String disposition, long writes, long readAtNanos) {
    }

    /** Counts since the server started: hits, misses, answers kept, answers dropped for room. */
    record Stats(long hits, long misses, long kept, long evicted) {
    }

    /** A read {@link #around} let through to its handler: its answer, when it succeeds, is kept under the key. */
    private record Pending(ResponseCache cache, String key, long writes) {
    }

    private static final String PENDING = "sitrep.cache";

    private final long maxBytes;
    private final long maxAgeNanos;
    private final LongSupplier writesEnded;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong kept = new AtomicLong();
    private final AtomicLong evicted = new AtomicLong();

    ResponseCache(long maxBytes, long maxAgeNanos, LongSupplier writesEnded) {
        this.maxBytes = maxBytes;
        this.maxAgeNanos = maxAgeNanos;
        this.writesEnded = writesEnded;
    }

    /** The handler, answering from the cache where it can; with no room (0 bytes) the handler alone. */
    Handler around(Handler handler) {
        if (maxBytes <= 0) {
            return handler;
        }
        return ctx -> {
            String key = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            long writes = writesEnded.getAsLong(); // before the read: a write ending during it makes its answer stale
            Answer answer = fresh(key, writes);
            if (answer != null) {
                hits.incrementAndGet();
                if (answer.disposition() != null) {
                    ctx.header("Content-Disposition", answer.disposition());
                }
                Responses.send(ctx, answer.contentType(), answer.body(), answer.etag());
                return;
            }
            misses.incrementAndGet();
            ctx.attribute(PENDING, new Pending(this, key, writes));
            handler.handle(ctx);
        };
    }

    /** Keeps the successful answer {@link Responses#send} is sending, where {@link #around} let the read through. */
    static void keep(Context ctx, String contentType, byte[] body, String etag) {
        Pending pending = ctx.attribute(PENDING);
        if (pending != null && ctx.statusCode() == 200) {
            pending.cache().keep(pending, contentType, body, etag, ctx.res().getHeader("Content-Disposition"));
        }
    }

    private void keep(Pending pending, String contentType, byte[] body, String etag, String disposition) {
        if (body.length > maxBytes / 8) {
            return; // too large to be worth the room it takes from many others
        }
        String key = pending.key();
        Answer answer = new Answer(contentType, body, etag, disposition, pending.writes(), System.nanoTime());
        synchronized (answers) {
            Answer before = answers.put(key, answer);
            bytes += body.length - (before == null ? 0 : before.body().length);
            for (Iterator<Map.Entry<String, Answer>> it = answers.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
                bytes -= it.next().getValue().body().length;
                it.remove();
                evicted.incrementAndGet();
            }
        }
        kept.incrementAndGet();
    }

    Stats stats() {
        return new Stats(hits.get(), misses.get(), kept.get(), evicted.get());
    }

    private Answer fresh(String key, long writes) {
        synchronized (answers) {
            Answer answer = answers.get(key);
            if (answer == null) {
                return null;
            }
            if (answer.writes() != writes || System.nanoTime() - answer.readAtNanos() > maxAgeNanos) {
                answers.remove(key);
                bytes -= answer.body().length;
                return null;
            }
            return answer;
        }
    }
}
