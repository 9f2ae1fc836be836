package org.sitrep.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/** A Spark accumulator of counts by reason ("malformed WARC" -> 2): the failures of a job, summed over its tasks. */
final class CountsByReason extends AccumulatorV2<String, Map<String, Long>> {

    private static final long serialVersionUID = 1L;

    private final TreeMap<String, Long> counts = new TreeMap<>();

    @Override
    public boolean isZero() {
        synchronized (counts) {
            return counts.isEmpty();
        }
    }

    @Override
    public AccumulatorV2<String, Map<String, Long>> copy() {
        CountsByReason copy = new CountsByReason();
        synchronized (counts) {
            copy.counts.putAll(counts);
        }
        return copy;
    }

    @Override
    public void reset() {
        synchronized (counts) {
            counts.clear();
        }
    }

    @Override
    public void add(String reason) {
        synchronized (counts) {
            counts.merge(reason, 1L, Long::sum);
        }
    }

    @Override
    public void merge(AccumulatorV2<String, Map<String, Long>> other) {
        Map<String, Long> theirs = other.value();
        synchronized (counts) {
            theirs.forEach((reason, n) -> counts.merge(reason, n, Long::sum));
        }
    }

    @Override
    public Map<String, Long> value() {
        synchronized (counts) {
            return new TreeMap<>(counts);
        }
    }
}
