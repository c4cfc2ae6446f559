-- Quorum schema version 3: the product pipeline.
-- Prompt templates are versioned (an edit is a new row, never an update); each content version
-- records the template version that produced it. A run of a piece (run_no) gets at most three
-- attempts; its versions are keyed gen:<piece>:<run>:<attempt>, so a resumed run reuses them.

CREATE TABLE prompt_templates (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    body        TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (name, version)
);

ALTER TABLE products ADD COLUMN run_no INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN source TEXT NOT NULL DEFAULT '';

ALTER TABLE content_pieces ADD COLUMN run_no INTEGER NOT NULL DEFAULT 0;
ALTER TABLE content_pieces ADD COLUMN last_error TEXT NOT NULL DEFAULT '';

ALTER TABLE content_versions ADD COLUMN run_no INTEGER NOT NULL DEFAULT 0;
ALTER TABLE content_versions ADD COLUMN instruction TEXT NOT NULL DEFAULT '';
-- 0 when the model's answer did not match the piece's schema (body holds the raw answer).
ALTER TABLE content_versions ADD COLUMN valid INTEGER NOT NULL DEFAULT 1;
CREATE INDEX content_versions_piece ON content_versions(piece_id, run_no, attempt);

-- Jobs count their claims separately from failed attempts: a crash is not the job's fault, but a
-- job that is claimed again and again without finishing is stopped (it may be what crashes).
ALTER TABLE jobs ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;
CREATE INDEX jobs_lease ON jobs(state, lease_expires);

CREATE INDEX provider_calls_product ON provider_calls(product_id);

-- The Add product dialog's unsaved input, so a dialog closed by mistake loses nothing.
CREATE TABLE product_drafts (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    data        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);
