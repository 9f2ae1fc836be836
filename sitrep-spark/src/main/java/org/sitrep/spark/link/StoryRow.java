package org.sitrep.spark.link;

import java.io.Serializable;
import java.util.List;

/**
 * One story, a row of the link job's {@code stories} output: its articles in ingest order, each with how similar
 * it was to the story when it joined (null for the article that started it, 1 for a syndicated copy).
 *
 * @param id    the rank of the article that started it
 * @param first the earliest date key of its articles (digits, year first), or null; {@code last} the latest
 */
public record StoryRow(long id, String title, String first, String last, List<Member> articles) implements Serializable {

    public StoryRow {
        articles = List.copyOf(articles);
    }

    /** One article of the story. */
    public record Member(String articleId, Double similarity, String copyOf) implements Serializable {
    }
}
