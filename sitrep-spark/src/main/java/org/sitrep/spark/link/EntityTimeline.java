package org.sitrep.spark.link;

import java.io.Serializable;
import java.util.Arrays;

/**
 * When a linked entity was linked, in ingest order: the rank of the article of each of its links (an article may
 * link twice), sorted. Story linking asks, at an article's rank, how many links the entity had then (few enough to
 * find candidates by?) and in how many articles (its rarity), as the store's counts answer at that moment.
 */
public record EntityTimeline(long[] linkRanks, long[] articleRanks) implements Serializable {

    /** The timeline of these link ranks (any order). */
    static EntityTimeline of(Iterable<Long> ranks) {
        long[] links = java.util.stream.StreamSupport.stream(ranks.spliterator(), false).mapToLong(Long::longValue).sorted()
                .toArray();
        return new EntityTimeline(links, Arrays.stream(links).distinct().toArray());
    }

    /** Links made up to and including the article of this rank. */
    int linksUpTo(long rank) {
        return upTo(linkRanks, rank);
    }

    /** Articles linked to it up to and including the article of this rank. */
    int articlesUpTo(long rank) {
        return upTo(articleRanks, rank);
    }

    private static int upTo(long[] sorted, long rank) {
        int i = Arrays.binarySearch(sorted, rank);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < sorted.length && sorted[i + 1] == rank) {
            i++;
        }
        return i + 1;
    }
}
