-- Listing stories by what their articles name (an actor's name, a country, a place in an area) reads the kept story
-- profiles (V10) from the entity's side. Same SQL on H2 and PostgreSQL.
CREATE INDEX story_entities_entity ON story_entities (linked_entity_id);
