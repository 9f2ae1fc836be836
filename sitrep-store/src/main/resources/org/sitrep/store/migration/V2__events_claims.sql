-- Events and claims, stored with their article (the Article JSON still holds them whole; these rows are for
-- queries and exports across articles). Replaced with the article's other rows when a fuller reading of it
-- is stored. The same SQL runs on H2 and PostgreSQL, as V1 does. Articles stored before this migration
-- have no rows here until they are stored again with more stages.

-- One row per event of an article, in the article's order.
CREATE TABLE events (
    article_id           VARCHAR(64) NOT NULL REFERENCES articles (id),
    event_index          INTEGER     NOT NULL,       -- its position in the article's events: 0, 1, ...
    event_id             VARCHAR(32) NOT NULL,       -- the event's own id (ev1); ev<index+1> where it has none
    event_type           VARCHAR(32),                -- PLOVER's type in capitals (ASSAULT, CONSULT, ...) or INCIDENT
    event_mode           TEXT,                       -- PLOVER's mode (armed clash), or INCIDENT's
    acled_event_type     VARCHAR(64),                -- ACLED's event type (Battles), for violent and protest events
    acled_sub_event_type VARCHAR(64),                -- ACLED's sub-event type (Armed clash)
    actor1_name          TEXT,                       -- the first actor
    actor1_country       VARCHAR(8),                 -- its ISO 3166-1 alpha-2 code
    actor1_kind          VARCHAR(64),                -- military, police, government, rebels/militia, protesters, ...
    actor2_name          TEXT,                       -- the first target
    actor2_country       VARCHAR(8),
    actor2_kind          VARCHAR(64),
    place_name           TEXT,
    place_geonameid      BIGINT,
    place_country        VARCHAR(8),
    place_admin1         TEXT,
    place_lat            DOUBLE PRECISION,
    place_lon            DOUBLE PRECISION,
    geo_precision        INTEGER,                    -- ACLED's: 1 the place itself, 2 near it or part of a region, 3 a region or country
    event_date           VARCHAR(64),                -- as the event gives it (2025-12-05, 2025-W49, XXXX-WXX-3)
    event_date_precision VARCHAR(32),
    date_key             VARCHAR(32),                -- digits of the event's date (a week: its Monday), else of the article's
                                                     -- publication date: sorts and compares the same under every collation
    killed               INTEGER,
    injured              INTEGER,
    modality             VARCHAR(32),                -- asserted, alleged, denied, planned, threatened, hypothetical
    according_to         TEXT,                       -- who says so, by name
    evidence_start       INTEGER,                    -- the evidence sentence: offsets into the input, and its text
    evidence_end         INTEGER,
    evidence_text        TEXT,
    confidence           DOUBLE PRECISION,
    event_json           TEXT        NOT NULL,       -- the whole event (every actor, target, quantity and mention), as the Article JSON writes it
    PRIMARY KEY (article_id, event_index)
);
CREATE INDEX events_date ON events (date_key);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_acled_type ON events (acled_event_type);
CREATE INDEX events_place_country ON events (place_country);

-- Every country an event touches (its place's, its actors' and its targets'), once each: what --country matches.
CREATE TABLE event_countries (
    article_id  VARCHAR(64) NOT NULL,
    event_index INTEGER     NOT NULL,
    country     VARCHAR(8)  NOT NULL,
    PRIMARY KEY (article_id, event_index, country),
    FOREIGN KEY (article_id, event_index) REFERENCES events (article_id, event_index)
);
CREATE INDEX event_countries_country ON event_countries (country);

-- One row per claim of an article, in the article's order.
CREATE TABLE claims (
    article_id          VARCHAR(64) NOT NULL REFERENCES articles (id),
    claim_index         INTEGER     NOT NULL,        -- its position in the article's claims: 0, 1, ...
    subject             TEXT,                        -- what the figure is of, in the article's words
    claim_value         BIGINT,
    unit                TEXT,
    approximate         BOOLEAN,                     -- whether the text hedges the figure (about, at least)
    according_to        TEXT,                        -- who asserts it, by name; null where the article does itself
    according_to_entity VARCHAR(32),                 -- that speaker's entity id in the article
    as_of               VARCHAR(64),                 -- the date the figure holds for
    as_of_precision     VARCHAR(32),
    date_key            VARCHAR(32),                 -- digits of as_of, else of the article's publication date
    evidence_start      INTEGER,
    evidence_end        INTEGER,
    evidence_text       TEXT,
    PRIMARY KEY (article_id, claim_index)
);
CREATE INDEX claims_date ON claims (date_key);
