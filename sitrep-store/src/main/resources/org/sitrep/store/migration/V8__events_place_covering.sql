-- Events within a radius, newest first: every event in the box around the circle is read and sorted before the page
-- is cut (at 100,000 articles, thousands for a city), so the box's index carries what the page is chosen by (the sort
-- key and the event's key) and the choice reads the index alone; only the page's 50 events are then read whole.
-- Same SQL on H2 and PostgreSQL.
DROP INDEX events_place;
CREATE INDEX events_place ON events (place_lat, place_lon, date_key, article_id, event_index);
