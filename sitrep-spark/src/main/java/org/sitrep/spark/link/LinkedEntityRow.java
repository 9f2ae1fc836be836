package org.sitrep.spark.link;

import java.io.Serializable;
import java.util.List;

/**
 * One linked entity, a row of the link job's {@code entities} output (schema in docs/spark.md).
 *
 * @param id      the entity's id: the ref of the mention that created it (the creating article's rank times 65,536
 *                plus the entity's index in it), so ids sort in the order the store would have created them
 * @param kind    PERSON, ORGANIZATION, PLACE, GROUP_OF_PEOPLE or OTHER
 * @param names   every name it has been given, first seen first
 * @param members the article entities linked to it, in ingest order
 */
public record LinkedEntityRow(long id, String kind, String type, String name, String country, Long geonameid,
                              String placeJson, List<String> names, List<Member> members) implements Serializable {

    public LinkedEntityRow {
        names = List.copyOf(names);
        members = List.copyOf(members);
    }

    /** One article's entity linked to it, with what the store keeps of the link. */
    public record Member(String articleId, String entityId, double weight, String title, String affiliation)
            implements Serializable {
    }
}
