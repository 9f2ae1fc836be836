-- Linking reads, per article, how many articles name each candidate entity (the rarity that weighs it in a story's
-- similarity, and the most-named-first order of entity candidates) and each candidate entity's names. Counted from
-- entity_links and linked_names, both grow with the store: a common entity's count read thousands of rows for every
-- article linked. These keep them as they change, so linking reads one row per entity or name. Same SQL on H2 and
-- PostgreSQL.

-- In how many linked articles the entity is named (COUNT(DISTINCT article_id) of its entity_links).
ALTER TABLE linked_entities ADD COLUMN article_count INTEGER DEFAULT 0 NOT NULL;
UPDATE linked_entities SET article_count = (SELECT COUNT(DISTINCT el.article_id) FROM entity_links el
                                            WHERE el.linked_entity_id = linked_entities.id);

-- Each entity's distinct names, with how many linked_names rows give each (a name goes when its last row does).
-- Names past 600 characters (no real name; a PostgreSQL index entry holds about 2,700 bytes) are left out.
CREATE TABLE linked_entity_names (
    linked_entity_id BIGINT  NOT NULL REFERENCES linked_entities (id),
    name             TEXT    NOT NULL,
    uses             INTEGER NOT NULL,
    PRIMARY KEY (linked_entity_id, name)
);
INSERT INTO linked_entity_names (linked_entity_id, name, uses)
    SELECT linked_entity_id, name, COUNT(*) FROM linked_names WHERE LENGTH(name) <= 600 GROUP BY linked_entity_id, name;
