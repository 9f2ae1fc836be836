package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Place;

/**
 * One real happening across the articles that report it: every report is listed with its own figures, who it is
 * according to and its evidence, so figures that disagree stay visible (5 killed per one, 7 per another).
 *
 * @param dateFrom    the first day it may have happened on (ISO), or null
 * @param dateTo      the last
 * @param dated       whether a report dates it; where none does, the dates are the week before its first report's
 *                    publication
 * @param actors      the names of its linked actors
 * @param sourceCount how many independent sources report it (a syndicated copy is no source of its own)
 * @param reports     every report: the stored event with its article
 */
public record LinkedEvent(long id, String type, String mode, String acledEventType, String acledSubEventType,
                          Place place, Integer geoPrecision, String dateFrom, String dateTo, boolean dated, List<String> actors,
                          List<String> targets, int sourceCount, List<Report> reports) {

    public LinkedEvent {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        reports = List.copyOf(reports);
    }

    /** One article's report of the event; {@code copyOf} the article it is a syndicated copy of, or null. */
    public record Report(StoredEvent event, String copyOf) {
    }
}
