package org.sitrep.spark.link;

import java.io.Serializable;
import java.util.List;

/**
 * One linked event, a row of the link job's {@code events} output (schema in docs/spark.md): the happening with the
 * most precise place and date its reports give, and every report of it as its article tells it, figures included,
 * so that sources that disagree ("12 killed", "15 killed") both stay.
 *
 * @param id          the ref of the report that created it (rank times 65,536 plus the event's index)
 * @param dateBasis   "event" where a report dates it, "article" where only publication dates bound it
 * @param actors      linked entity ids of its actors, first seen first; {@code targets} likewise
 * @param sourceCount how many independent sources report it (a syndicated copy counts with its original)
 */
public record LinkedEventRow(long id, String type, String mode, String acledEventType, String acledSubEventType,
                             String placeJson, Integer geoPrecision, String dateFrom, String dateTo, String dateBasis,
                             List<Long> actors, List<Long> targets, int sourceCount, List<Report> reports)
        implements Serializable {

    public LinkedEventRow {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        reports = List.copyOf(reports);
    }

    /** One article's telling of the event: the event as that article reads it, with its evidence span. */
    public record Report(String articleId, int eventIndex, String copyOf, String eventJson) implements Serializable {
    }
}
