-- Quorum schema version 37: leads for the site factory's outreach. A lead is a business from a CSV export
-- of a maps search (name, category, address, website, phone, rating, reviews, opening hours, place id,
-- coordinates), scored 0-100 for how likely a concept site helps it, each factor kept for the screen.
CREATE TABLE leads (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    category        TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    rating          REAL,                           -- 0-5, NULL when the export has none
    review_count    INTEGER,
    opening_hours   TEXT NOT NULL DEFAULT '',
    place_id        TEXT NOT NULL DEFAULT '',
    latitude        REAL,
    longitude       REAL,
    -- What the duplicates are found by: the place id, the website's host, the phone's digits, and for a
    -- row with none of those its name at its address.
    website_key     TEXT NOT NULL DEFAULT '',
    phone_key       TEXT NOT NULL DEFAULT '',
    name_key        TEXT NOT NULL DEFAULT '',
    score           INTEGER NOT NULL DEFAULT 0,     -- 0-100
    score_factors   TEXT NOT NULL DEFAULT '[]',     -- [{"factor", "points", "max", "reason"}]
    status          TEXT NOT NULL DEFAULT 'new',    -- new, do_not_contact (outreach adds contacted, bounced)
    import_id       INTEGER NOT NULL,               -- the import that brought it (audit: leads.imported)
    source_line     INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE UNIQUE INDEX leads_place ON leads(place_id) WHERE place_id <> '';
CREATE INDEX leads_website ON leads(website_key) WHERE website_key <> '';
CREATE INDEX leads_phone ON leads(phone_key) WHERE phone_key <> '';
CREATE INDEX leads_score ON leads(score DESC, id);
