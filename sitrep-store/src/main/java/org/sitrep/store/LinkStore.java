package org.sitrep.store;

import java.util.List;

/**
 * What the store knows across articles: the same entity, event and story in different articles as one, and
 * claims about one quantity as a series. Articles are linked one at a time as they are stored, never by
 * recomputing the store (decisions in sitrep-link).
 */
public interface LinkStore {

    /**
     * Links one stored article to the articles linked before it, in one transaction: its entities, its events,
     * its story. Linking an article already linked changes nothing.
     *
     * @param documentText the decoded input the article was read from (its offsets point into it), or null where
     *                     it is not at hand: then only the article's own names are linked
     * @return whether the article was linked now (false: it was already, or it is not stored)
     * @throws StoreException when the database refuses; nothing of this article's links is then written
     */
    boolean link(String articleId, String documentText);

    /** Stored articles not linked yet, oldest first (at most {@code limit}). */
    List<String> unlinked(int limit);

    /** The linked entities that match, the most named first. */
    List<LinkedEntity> entities(EntityQuery query);

    /** The stories that match, the most recently continued first. */
    List<Story> stories(StoryQuery query);

    /** The linked events that match, newest first, each with every report of it. */
    List<LinkedEvent> linkedEvents(LinkedEventQuery query);

    /** Claims about the same quantity in the same story, as series in time order (those with two figures or more). */
    List<ClaimSeries> claimSeries(ClaimQuery query);

    /** The linked events this linked entity took part in (as actor or target), newest first, at most {@code limit}. */
    List<LinkedEvent> entityEvents(long linkedEntityId, int limit);

    /** The story with this id, with its articles and timeline; empty when there is none. */
    java.util.Optional<Story> story(long storyId);
}
