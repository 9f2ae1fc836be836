-- Listings by type and by place that stop at their page at any store size. Same SQL on H2 and PostgreSQL.

-- Events of one type, newest first: a seek to the type's newest event and a read in order (the type alone
-- found every event of the type and sorted them all for one page).
CREATE INDEX events_type_listing ON events (event_type, date_key DESC NULLS LAST, article_id, event_index);
DROP INDEX events_type;

-- Events near a point or in a small box, newest first: each event's 1-degree cell of latitude and longitude
-- (PlaceCells), so a radius read takes the newest events of each of the few cells it covers, in order, and merges
-- them (a latitude and longitude index found every event in the box and sorted them all, thousands at a busy place).
ALTER TABLE events ADD COLUMN place_cell INTEGER;
UPDATE events SET place_cell = CAST((FLOOR(place_lat) + 90) * 360 + MOD(CAST(FLOOR(place_lon) + 180 AS INTEGER), 360) AS INTEGER)
    WHERE place_lat IS NOT NULL AND place_lon IS NOT NULL AND place_lat BETWEEN -90 AND 90 AND place_lon BETWEEN -180 AND 180;
-- The cell's index carries the point too, so the exact distance is tested from the index alone (as events_place, V8).
CREATE INDEX events_cell_listing ON events (place_cell, date_key DESC NULLS LAST, article_id, event_index, place_lat, place_lon);

-- Claims newest first, as events: the listing's order, so a page reads its rows and stops (PostgreSQL sorted every
-- claim for the first page).
CREATE INDEX claims_listing ON claims (date_key DESC NULLS LAST, article_id, claim_index);
DROP INDEX claims_date;
