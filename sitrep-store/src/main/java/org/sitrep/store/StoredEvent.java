package org.sitrep.store;

import org.sitrep.model.Event;

/**
 * One stored event with the article it was read from.
 *
 * @param articleId        the article's id
 * @param index            the event's position among its article's events
 * @param eventId          the event's id within its article (ev1; ev&lt;index+1&gt; where the event had none)
 * @param articleTitle     the article's title, or null
 * @param articleUrl       the article's URL, or null
 * @param sourcePath       the path of the input the article was read from, as given on the command line
 * @param articlePublished the article's publication date (ISO-8601), or null
 * @param event            the event, whole
 */
public record StoredEvent(String articleId, int index, String eventId, String articleTitle, String articleUrl,
                          String sourcePath, String articlePublished, Event event) {
}
