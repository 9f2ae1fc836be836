package org.sitrep.store;

import java.util.List;

/**
 * Which stories to list. Null (or empty) filters match everything.
 *
 * @param entityContains stories one of whose linked entities (an actor, an organisation, a place) has a name
 *                       containing this, ignoring case
 * @param titleContains  stories whose title, or the title of one of their articles, contains each of these,
 *                       ignoring case (all of them in the same title): words a reader remembers of a headline
 * @param country        stories naming an entity of this country (ISO 3166-1 alpha-2) or a place in it
 * @param area           stories naming a place inside this area
 * @param since          stories with an article dated on or after this ISO-8601 date
 * @param until          stories with an article dated on or before it
 */
public record StoryQuery(String entityContains, List<String> titleContains, String country, Area area, String since,
                         String until, int limit, int offset) {

    public StoryQuery {
        QueryArgs.checkPageAndDates(limit, offset, since, until);
        entityContains = QueryArgs.text(entityContains);
        titleContains = titleContains == null ? List.of()
                : titleContains.stream().map(QueryArgs::text).filter(t -> t != null).distinct().toList();
        country = QueryArgs.code(country);
    }

    /** A query without a title filter. */
    public StoryQuery(String entityContains, String country, Area area, String since, String until, int limit, int offset) {
        this(entityContains, List.of(), country, area, since, until, limit, offset);
    }

    public static StoryQuery all() {
        return new StoryQuery(null, null, null, null, null, 0, 0);
    }

    /** The same query, for the stories with a title (theirs or an article's) that contains each of these texts. */
    public StoryQuery withTitleContaining(List<String> texts) {
        return new StoryQuery(entityContains, texts, country, area, since, until, limit, offset);
    }
}
