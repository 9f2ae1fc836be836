package org.sitrep.store;

/**
 * Which linked events to list. Null filters match everything.
 *
 * @param since          events that may have happened on or after this ISO-8601 date
 * @param until          events that may have happened on or before it
 * @param type           PLOVER type or INCIDENT
 * @param acledEventType ACLED's event type
 * @param country        events whose place, or an actor or target, is of this country (ISO alpha-2)
 * @param actorContains  events with an actor or target one of whose names contains this, ignoring case
 * @param area           events placed inside this area
 * @param sourceContains events with a report from an article whose URL or input path contains this
 * @param storyId        events reported by an article of this story
 * @param participantId  events this linked entity takes part in, as actor or target
 */
public record LinkedEventQuery(String since, String until, String type, String acledEventType, String country,
                               String actorContains, Area area, String sourceContains, Long storyId, Long participantId,
                               int limit, int offset) {

    public LinkedEventQuery(String since, String until, String type, String acledEventType, String country,
                            String actorContains, Area area, String sourceContains, int limit, int offset) {
        this(since, until, type, acledEventType, country, actorContains, area, sourceContains, null, null, limit, offset);
    }

    public LinkedEventQuery {
        QueryArgs.checkPageAndDates(limit, offset, since, until);
        type = QueryArgs.code(type);
        acledEventType = QueryArgs.text(acledEventType);
        country = QueryArgs.code(country);
        actorContains = QueryArgs.text(actorContains);
        sourceContains = QueryArgs.text(sourceContains);
    }

    /** The same filters, narrowed to the events the story's articles report. */
    public LinkedEventQuery ofStory(long story) {
        return new LinkedEventQuery(since, until, type, acledEventType, country, actorContains, area, sourceContains, story,
                participantId, limit, offset);
    }

    /** The same filters, narrowed to the events the linked entity takes part in. */
    public LinkedEventQuery withParticipant(long entity) {
        return new LinkedEventQuery(since, until, type, acledEventType, country, actorContains, area, sourceContains, storyId,
                entity, limit, offset);
    }

    public static LinkedEventQuery all() {
        return new LinkedEventQuery(null, null, null, null, null, null, null, null, 0, 0);
    }
}
