package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Place;

/**
 * One person, organisation, place or group across articles.
 *
 * @param kind         PERSON, ORGANIZATION, PLACE, GROUP_OF_PEOPLE or OTHER
 * @param type         the Article JSON type it was first read as
 * @param aliases      its other names, in every article (the most used first)
 * @param titles       the titles and affiliations articles give it, in time order
 * @param articleIds   the articles naming it, oldest first
 * @param mentionCount how many mentions it has in all
 * @param mentions     its mentions, at most a bounded number ({@code mentionCount} says how many there are)
 */
public record LinkedEntity(long id, String kind, String type, String name, List<String> aliases, String country,
                           Place place, List<TitleAsOf> titles, List<String> articleIds, int mentionCount,
                           List<Mention> mentions) {

    public LinkedEntity {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        articleIds = List.copyOf(articleIds);
        mentions = List.copyOf(mentions);
    }

    /** A title an article gives the entity, as of the article's date. */
    public record TitleAsOf(String title, String affiliation, String asOf, String articleId) {
    }

    /** One mention: the article, the offsets into its input and the text there. */
    public record Mention(String articleId, int start, int end, String text) {
    }
}
