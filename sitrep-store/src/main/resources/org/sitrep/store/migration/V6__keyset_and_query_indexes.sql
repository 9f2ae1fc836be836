-- Indexes for the common reads at 100,000 articles (sitrep bench-store measures them). Same SQL on H2 and PostgreSQL.

-- Listings page by their sort key (keyset, not OFFSET): events newest first, undated last, then article and
-- position; the index gives them in that order, so a page reads its rows and stops, at any depth.
CREATE INDEX events_listing ON events (date_key DESC NULLS LAST, article_id, event_index);
DROP INDEX events_date;
CREATE INDEX articles_listing ON articles (published_key DESC NULLS LAST, id);
DROP INDEX articles_published;

-- Events by country and month: the country's events, by date, without touching the others.
CREATE INDEX event_countries_country_event ON event_countries (country, article_id, event_index);
DROP INDEX event_countries_country;

-- Events within a radius: the box around the circle by latitude and longitude together, then the exact distance.
CREATE INDEX events_place ON events (place_lat, place_lon);
DROP INDEX events_place_lat;

-- An entity's timeline (its linked events by date) and a story's events (its articles' events).
CREATE INDEX linked_event_participants_entity_event ON linked_event_participants (linked_entity_id, linked_event_id);
DROP INDEX linked_event_participants_entity;
CREATE INDEX story_articles_story_article ON story_articles (story_id, article_id);
DROP INDEX story_articles_story;
