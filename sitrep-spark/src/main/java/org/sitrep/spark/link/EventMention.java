package org.sitrep.spark.link;

import java.io.Serializable;
import java.util.List;

/**
 * One typed event of one article as the link job moves it: its actors and targets as linked entity ids (in the
 * article's order), and the days it may have happened on ({@code DateRange.of}, as strings).
 *
 * @param ref       the event's place in ingest order: the article's rank times 65,536 plus the event's index
 * @param ownDate   whether the event's own date (not its article's) gave the days
 * @param copyOf    the article this one is a syndicated copy of, or null
 * @param eventJson the event itself (its evidence, figures and source), as Article JSON writes it
 */
public record EventMention(long ref, long rank, String articleId, int index, String type, List<Long> actors,
                           List<Long> targets, String placeJson, Integer geoPrecision, String dateFrom, String dateTo,
                           boolean ownDate, String copyOf, String eventJson) implements Serializable {

    public EventMention {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
    }
}
