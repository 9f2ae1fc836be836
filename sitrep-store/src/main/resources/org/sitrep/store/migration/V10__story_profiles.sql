-- A story's profile, what linking compares each new article with (the summed weights of the entities its articles
-- name, its first and last day, its number of articles), was summed over all of the story's articles for every
-- article linked, and again to choose its title: a story that runs for months made each article's cost grow with it
-- (linking 100,000 made-up articles into H2 slowed from 29 articles/s over the first 10,000 to 12 over the next).
-- These keep the profile as articles join a story or leave it. Same SQL on H2 and PostgreSQL.

CREATE TABLE story_entities (
    story_id         BIGINT           NOT NULL REFERENCES stories (id),
    linked_entity_id BIGINT           NOT NULL REFERENCES linked_entities (id),
    weight           DOUBLE PRECISION NOT NULL,   -- SUM(entity_links.weight) over the story's articles
    PRIMARY KEY (story_id, linked_entity_id)
);
INSERT INTO story_entities (story_id, linked_entity_id, weight)
    SELECT sa.story_id, el.linked_entity_id, SUM(el.weight) FROM entity_links el
    JOIN story_articles sa ON sa.article_id = el.article_id
    GROUP BY sa.story_id, el.linked_entity_id;

-- Its linked articles, and the least and greatest of their date keys (linked_articles.date_key).
ALTER TABLE stories ADD COLUMN article_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE stories ADD COLUMN first_key VARCHAR(32);
ALTER TABLE stories ADD COLUMN last_key VARCHAR(32);
UPDATE stories SET
    article_count = (SELECT COUNT(*) FROM story_articles sa JOIN linked_articles la ON la.article_id = sa.article_id
                     WHERE sa.story_id = stories.id),
    first_key = (SELECT MIN(la.date_key) FROM story_articles sa JOIN linked_articles la ON la.article_id = sa.article_id
                 WHERE sa.story_id = stories.id),
    last_key = (SELECT MAX(la.date_key) FROM story_articles sa JOIN linked_articles la ON la.article_id = sa.article_id
                WHERE sa.story_id = stories.id);
