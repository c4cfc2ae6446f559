-- Quorum schema version 38: the site factory. A site is written by a chain of stages (analyst's brief,
-- concept, art director's design tokens) and then section by section; each stage and each section is a unit
-- that goes through the agreement gate like a content piece, with its versions and verdicts kept. A section
-- a person has locked is never written again; one can be regenerated with an instruction on its own.
CREATE TABLE site_units (
    id                  INTEGER PRIMARY KEY,
    site_id             INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL,              -- brief, concept, design, section:<key>
    position            INTEGER NOT NULL DEFAULT 0, -- a section's place on the page
    state               TEXT NOT NULL DEFAULT 'pending',
    attempts            INTEGER NOT NULL DEFAULT 0,
    run_no              INTEGER NOT NULL DEFAULT 0,
    current_version_id  INTEGER,
    accepted_version_id INTEGER,
    locked              INTEGER NOT NULL DEFAULT 0,
    -- A person's instruction for the unit's next run (kept until a version written with it is accepted).
    instruction         TEXT NOT NULL DEFAULT '',
    instruction_by      TEXT NOT NULL DEFAULT '',
    last_error          TEXT NOT NULL DEFAULT '',
    updated_at          INTEGER NOT NULL,
    UNIQUE (site_id, kind)
);

CREATE TABLE site_versions (
    id               INTEGER PRIMARY KEY,
    piece_id         INTEGER NOT NULL REFERENCES site_units(id) ON DELETE CASCADE,
    version_no       INTEGER NOT NULL,
    run_no           INTEGER NOT NULL DEFAULT 0,
    attempt          INTEGER,
    author           TEXT NOT NULL,
    body             TEXT NOT NULL,
    provider         TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL DEFAULT '',
    template_version INTEGER,
    instruction      TEXT NOT NULL DEFAULT '',
    valid            INTEGER NOT NULL DEFAULT 1,
    idempotency_key  TEXT NOT NULL UNIQUE,
    created_at       INTEGER NOT NULL
);
CREATE INDEX site_versions_unit ON site_versions(piece_id, run_no, attempt);

CREATE TABLE site_validations (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES site_versions(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    passed      INTEGER NOT NULL,
    scores      TEXT NOT NULL DEFAULT '{}',
    problems    TEXT NOT NULL DEFAULT '[]',
    provider    TEXT NOT NULL DEFAULT '',
    model       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (version_id, stage)
);

-- Where the site's chain stands (brief, concept, design, sections, checks, ready, needs_review, failed), the
-- page's version (each assembly of accepted units is one), its design tokens as the art director set them,
-- and the page checks' problems of the last assembly.
ALTER TABLE sites ADD COLUMN stage TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN page_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sites ADD COLUMN tokens TEXT NOT NULL DEFAULT '{}';
ALTER TABLE sites ADD COLUMN vibe TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN problems TEXT NOT NULL DEFAULT '[]';
ALTER TABLE sites ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
-- The product a generated site was written about (product_id stays for the page a product publishes itself).
ALTER TABLE sites ADD COLUMN source_product_id INTEGER REFERENCES products(id) ON DELETE SET NULL;
-- Or the lead a concept site was written for (its business, from the lead's facts): shown to them, never
-- published on the shop's own site.
ALTER TABLE sites ADD COLUMN lead_id INTEGER REFERENCES leads(id) ON DELETE SET NULL;

-- Every assembled page, kept: versions compare side by side and an approval names the one it approved.
CREATE TABLE site_pages (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    html        TEXT NOT NULL,
    path        TEXT NOT NULL DEFAULT '',     -- the page's file, relative to the workspace's sites/
    units       TEXT NOT NULL DEFAULT '{}',   -- {"unit kind": version id} it was built from
    -- Screenshots by headless Chromium, by width ({"1280": "slug-1/v1-1280.png", ...}; relative to sites/),
    -- or why there are none (not installed, a render past its time limit).
    shots       TEXT NOT NULL DEFAULT '{}',
    shot_error  TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (site_id, version)
);
