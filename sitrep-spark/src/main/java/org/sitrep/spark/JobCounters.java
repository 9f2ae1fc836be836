package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counters, summed over its tasks by Spark accumulators and printed at the end. A task that Spark runs
 * again (a lost executor) counts its records again: the counts are what was done, which is at least what was written.
 */
final class JobCounters implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many failures of one task are kept with their offsets for the driver to print; all are counted and logged. */
    static final int SAMPLES_PER_TASK = 10;

    final LongAccumulator warcRecords;
    final LongAccumulator skippedRecords;
    final LongAccumulator documents;
    final LongAccumulator articles;
    final LongAccumulator tokens;
    final CountsByReason failures;
    final CollectionAccumulator<String> failureSamples;

    JobCounters(SparkContext sc) {
        warcRecords = sc.longAccumulator("WARC records");
        skippedRecords = sc.longAccumulator("WARC records without an HTML page");
        documents = sc.longAccumulator("documents");
        articles = sc.longAccumulator("articles");
        tokens = sc.longAccumulator("tokens");
        failures = new CountsByReason();
        sc.register(failures, "failures");
        failureSamples = sc.collectionAccumulator("failure samples");
    }

    /** What the job did, read on the driver once its actions are over. */
    Summary summary() {
        return new Summary(warcRecords.value(), skippedRecords.value(), documents.value(), articles.value(), tokens.value(),
                failures.value(), List.copyOf(failureSamples.value()));
    }

    /**
     * @param failures the failed records (or files) by reason
     * @param samples  the first failures of each task, each naming its input and offset
     */
    record Summary(long warcRecords, long skippedRecords, long documents, long articles, long tokens,
                   Map<String, Long> failures, List<String> samples) {

        long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        /** One line: what was read and written, and the failures by reason. */
        String line() {
            StringBuilder s = new StringBuilder("sitrep-spark: documents ").append(documents);
            if (warcRecords > 0) {
                s.append(" (WARC records ").append(warcRecords).append(", ").append(skippedRecords).append(" without an HTML page)");
            }
            s.append(", articles ").append(articles).append(", tokens ").append(tokens).append(", failed ").append(failed());
            if (!failures.isEmpty()) {
                s.append(':');
                failures.forEach((reason, n) -> s.append(' ').append(reason).append(' ').append(n).append(';'));
                s.setLength(s.length() - 1);
            }
            return s.toString();
        }
    }
}
