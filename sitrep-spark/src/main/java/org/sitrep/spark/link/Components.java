package org.sitrep.spark.link;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Blocks for linking: the connected components of a graph whose nodes (longs, in ingest order) are joined by shared
 * keys, each node labelled with the smallest node of its component. Computed in the cluster by propagating the
 * smallest label through the keys until nothing changes (one round per hop of the longest chain), so no node list
 * ever reaches the driver.
 */
final class Components {

    private Components() {
    }

    /**
     * @param edges (key, node) pairs; a node with no key is absent from the answer (it is a block of its own)
     * @return (node, label) for every node with a key
     */
    static JavaPairRDD<Long, Long> labels(JavaPairRDD<String, Long> edges) {
        JavaPairRDD<String, Long> byKey = edges.distinct().persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, String> byNode = byKey.mapToPair(Tuple2::swap).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> labels = byNode.keys().distinct().mapToPair(n -> new Tuple2<>(n, n));
        labels = labels.persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<String, Long> keyLabels = byNode.join(labels).mapToPair(t -> t._2()).reduceByKey(Math::min);
            JavaPairRDD<Long, Long> next = byKey.join(keyLabels).mapToPair(t -> t._2()).reduceByKey(Math::min)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        byKey.unpersist(false);
        byNode.unpersist(false);
        return labels;
    }
}
