package org.sitrep.spark.link;

import java.io.Serializable;
import java.util.List;
import org.sitrep.link.entities.EntityKind;

/**
 * One entity of one article as the link job moves it between tasks: what {@code EntityLinking} in the store reads
 * off the article, with the lookup keys its block is found by.
 *
 * @param ref       the mention's place in ingest order: the article's rank times 65,536 plus the entity's index; the
 *                  linked entity a mention creates takes it as its id, so ids order as the store's do
 * @param names     its name, aliases and the variants {@code NameVariants} finds in the text
 * @param placeJson the entity's gazetteer place as JSON, or null
 * @param weight    how strongly the article names it (mentions plus roles in events)
 */
public record EntityMention(long ref, long rank, String articleId, String entityId, EntityKind kind, String type,
                            String name, List<String> names, String country, Long geonameid, String placeJson,
                            List<String> keys, double weight, String title, String affiliation) implements Serializable {

    /** Entities of one article beyond this many are not linked (a bound the refs' layout needs). */
    static final int MAX_PER_ARTICLE = 1 << 16;

    public EntityMention {
        names = List.copyOf(names);
        keys = List.copyOf(keys);
    }

    static long ref(long rank, int index) {
        return rank * MAX_PER_ARTICLE + index;
    }
}
