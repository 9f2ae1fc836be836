package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies of one kind of read, for its percentiles. */
final class LatencySample {

    private final List<Long> nanos = new ArrayList<>();
    private int errors;
    private String firstError;

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    void fail(String reason) {
        errors++;
        firstError = firstError == null ? reason : firstError;
    }

    /** The quantile in milliseconds (nearest rank). */
    double millis(double quantile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    String line(String label) {
        return String.format(Locale.ROOT, "%-34s %5d reads %3d errors  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  max %8.2f ms",
                label, nanos.size() + errors, errors, millis(0.50), millis(0.95), millis(0.99), millis(1.0))
                + (firstError == null ? "" : "  first error: " + firstError);
    }
}
