package org.sitrep.spark;

/**
 * A task's record of its failures: each is counted by reason and logged on the executor's stderr in one line naming
 * the input and the offset; the first few also go back to the driver, which prints them after the counters.
 */
final class FailureLog {

    private final JobCounters counters;
    private int sampled;

    FailureLog(JobCounters counters) {
        this.counters = counters;
    }

    /**
     * @param where  the input and position ("crawl.warc.gz at offset 18211", "a.jsonl line 7", "a.warc.gz#record12")
     * @param reason what went wrong, in the user's terms; its first words (up to a colon) are the reason it is counted under
     */
    void fail(String where, String reason) {
        String line = "sitrep-spark: " + where + ": " + reason.replaceAll("\\s+", " ");
        int colon = reason.indexOf(':');
        counters.failures.add(colon > 0 ? reason.substring(0, colon) : reason);
        System.err.println(line);
        if (sampled++ < JobCounters.SAMPLES_PER_TASK) {
            counters.failureSamples.add(line);
        }
    }

    /** The one-line reason of an exception: its message, else its kind. */
    static String reasonOf(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }
}
