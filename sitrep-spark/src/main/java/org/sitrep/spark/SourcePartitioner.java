package org.sitrep.spark;

import java.util.Objects;
import org.apache.spark.Partitioner;

/**
 * Spreads records over the annotating tasks. Where the job learns each source's home from its articles (no
 * {@code --home}), all of one source's records go to one partition, so that learning sees them all in input order;
 * a record without a source, or any record when the home is given, goes where its position sends it, evenly.
 * The price of learning: a source with a large share of the input makes one task that much longer.
 */
final class SourcePartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final int partitions;
    private final boolean bySource;

    SourcePartitioner(int partitions, boolean bySource) {
        this.partitions = Math.max(1, partitions);
        this.bySource = bySource;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        RecordKey k = (RecordKey) key;
        int hash = bySource && k.source() != null ? k.source().hashCode() : Objects.hash(k.file(), k.number());
        return Math.floorMod(hash, partitions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourcePartitioner p && p.partitions == partitions && p.bySource == bySource;
    }

    @Override
    public int hashCode() {
        return Objects.hash(partitions, bySource);
    }
}
