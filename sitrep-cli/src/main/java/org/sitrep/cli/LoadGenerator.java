package org.sitrep.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load generator on the loopback address: requests start on a fixed schedule (rate per second)
 * whatever the server's pace, at most {@code maxInFlight} at once (one more is counted an error, not queued), and
 * each latency is measured from the moment the schedule said to start, so a slow answer is not hidden by the
 * requests that waited behind it.
 */
final class LoadGenerator {

    /** What one run measured. */
    record Result(int requests, int errors, double p50Ms, double p99Ms, double maxMs, String firstError) {
        String line(String label) {
            return String.format("%-28s %6d requests  %4d errors  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms",
                    label, requests, errors, p50Ms, p99Ms, maxMs) + (firstError == null ? "" : "  first error: " + firstError);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int maxInFlight;

    LoadGenerator(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    Result run(String base, List<String> paths, int perSecond, int seconds) throws InterruptedException {
        int total = perSecond * seconds;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        Semaphore inFlight = new Semaphore(maxInFlight);
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (!inFlight.tryAcquire()) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, "more than " + maxInFlight + " requests in flight");
                continue;
            }
            String path = paths.get(i % paths.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(10)).header("Accept-Encoding", "identity").GET().build();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                inFlight.release();
                if (failure != null || response.statusCode() >= 400) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, path + ": " + (failure != null ? failure.toString() : "HTTP " + response.statusCode()));
                } else {
                    latencies.add(System.nanoTime() - due);
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(total, errors.get(), millis(sorted, 0.50), millis(sorted, 0.99),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6, firstError.get());
    }

    /** One request at a time, {@code count} of them: the server's own time per read, without queueing. */
    Result sequential(String base, List<String> paths, int count) throws InterruptedException {
        List<Long> latencies = new ArrayList<>(count);
        int errors = 0;
        String firstError = null;
        for (int i = 0; i < count; i++) {
            String path = paths.get(i % paths.size());
            long start = System.nanoTime();
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() >= 400) {
                    errors++;
                    firstError = firstError == null ? path + ": HTTP " + r.statusCode() : firstError;
                    continue;
                }
            } catch (java.io.IOException e) {
                errors++;
                firstError = firstError == null ? path + ": " + e : firstError;
                continue;
            }
            latencies.add(System.nanoTime() - start);
        }
        Collections.sort(latencies);
        return new Result(count, errors, millis(latencies, 0.50), millis(latencies, 0.99),
                latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1) / 1e6, firstError);
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
