package org.sitrep.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a record stands in the input, and the source (its URL's host) it belongs to. Records are sorted by input
 * order within a partition, and {@link SourcePartitioner} sends all of one source's records to one partition, so what
 * a task learns of a source's home from its articles is what a one-JVM run ({@code sitrep annotate}) learns.
 *
 * @param source the record's source ({@code SourceHomes.sourceOf} its URL), null without a URL
 * @param file   the input file's index in the job's sorted list of files
 * @param number the record's position in its file (WARC record number, line number, Parquet row id)
 */
record RecordKey(String source, int file, long number) implements Serializable, Comparable<RecordKey> {

    private static final long serialVersionUID = 1L;

    /** Input order: by file, then by position in the file. */
    static final Comparator<RecordKey> INPUT_ORDER = new InputOrder();

    @Override
    public int compareTo(RecordKey other) {
        return INPUT_ORDER.compare(this, other);
    }

    /** A named class, not a lambda, so that Spark can ship it to the tasks that sort. */
    private static final class InputOrder implements Comparator<RecordKey>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(RecordKey a, RecordKey b) {
            int byFile = Integer.compare(a.file, b.file);
            return byFile != 0 ? byFile : Long.compare(a.number, b.number);
        }
    }
}
