package org.sitrep.store;

import java.util.List;

/**
 * A thread of articles that develops over time.
 *
 * @param title      the headline of its most representative article
 * @param first      the earliest date of its articles (ISO), or null
 * @param last       the latest, or null
 * @param articles   its articles, oldest first
 * @param mainActors the people, organisations and groups its articles name most, most first
 * @param mainPlaces the places its articles name most
 * @param timeline   its events (linked across its articles) in time order
 */
public record Story(long id, String title, String first, String last, List<StoryArticle> articles,
                    List<String> mainActors, List<String> mainPlaces, List<TimelineEntry> timeline) {

    public Story {
        articles = List.copyOf(articles);
        mainActors = List.copyOf(mainActors);
        mainPlaces = List.copyOf(mainPlaces);
        timeline = List.copyOf(timeline);
    }

    /** One article of a story; {@code copyOf} the article it is a syndicated copy of, or null. */
    public record StoryArticle(String id, String title, String published, String url, String sourcePath, String copyOf) {
    }

    /** One event of a story's timeline: when (dated: by a report; else by its article's date), what, who to whom, where, how many sources. */
    public record TimelineEntry(long eventId, String dateFrom, String dateTo, boolean dated, String type, String mode, List<String> actors,
                                List<String> targets, String place, int sources) {
    }
}
