-- Quorum schema version 1: the walking skeleton.
-- Times are UTC milliseconds since the epoch. Money is in minor units (cents) with a currency code.
-- AI spend is in micro-dollars (cost_micros). JSON columns hold compact JSON text.
-- Never edit a migration that has shipped; add a new numbered file instead.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE products (
    id              INTEGER PRIMARY KEY,
    sku             TEXT,
    handle          TEXT,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    description     TEXT NOT NULL DEFAULT '',
    price_cents     INTEGER NOT NULL CHECK (price_cents >= 0),
    cost_cents      INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),
    currency        TEXT NOT NULL DEFAULT 'EUR',
    category        TEXT NOT NULL DEFAULT '',
    images          TEXT NOT NULL DEFAULT '[]',
    audience_hint   TEXT NOT NULL DEFAULT '',
    competitor_urls TEXT NOT NULL DEFAULT '[]',
    brand_voice     TEXT NOT NULL DEFAULT '',
    attributes      TEXT NOT NULL DEFAULT '{}',
    stage           TEXT NOT NULL DEFAULT 'draft',
    stage_reason    TEXT NOT NULL DEFAULT '',
    progress        INTEGER NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    quality_score   INTEGER,
    seo_score       INTEGER,
    cost_micros     INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE UNIQUE INDEX products_sku ON products(sku) WHERE sku IS NOT NULL AND sku <> '';
CREATE UNIQUE INDEX products_handle ON products(handle) WHERE handle IS NOT NULL AND handle <> '';
CREATE INDEX products_stage ON products(stage, updated_at);
CREATE INDEX products_category ON products(category);
CREATE INDEX products_updated ON products(updated_at);
CREATE INDEX products_name ON products(name COLLATE NOCASE);

-- Every stage transition of a product (the pipeline's activity log).
CREATE TABLE product_events (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    from_stage  TEXT NOT NULL,
    to_stage    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX product_events_product ON product_events(product_id, at);

CREATE TABLE content_pieces (
    id                  INTEGER PRIMARY KEY,
    product_id          INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL,
    state               TEXT NOT NULL DEFAULT 'pending',
    attempts            INTEGER NOT NULL DEFAULT 0,
    current_version_id  INTEGER,
    accepted_version_id INTEGER,
    updated_at          INTEGER NOT NULL,
    UNIQUE (product_id, kind)
);

-- A piece's versions. Model output is keyed by (piece, attempt) through idempotency_key, so a
-- re-run after a crash never stores the same attempt twice; a person's edit is a version too.
CREATE TABLE content_versions (
    id               INTEGER PRIMARY KEY,
    piece_id         INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    version_no       INTEGER NOT NULL,
    attempt          INTEGER,
    author           TEXT NOT NULL,
    body             TEXT NOT NULL,
    provider         TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL DEFAULT '',
    template_version INTEGER,
    idempotency_key  TEXT NOT NULL UNIQUE,
    created_at       INTEGER NOT NULL,
    UNIQUE (piece_id, version_no)
);

CREATE TABLE validations (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES content_versions(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    passed      INTEGER NOT NULL,
    scores      TEXT NOT NULL DEFAULT '{}',
    problems    TEXT NOT NULL DEFAULT '[]',
    provider    TEXT NOT NULL DEFAULT '',
    model       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (version_id, stage)
);

-- Action proposals: everything an approver needs, and the parameters the action runs with.
CREATE TABLE action_proposals (
    id                  INTEGER PRIMARY KEY,
    agent               TEXT NOT NULL,
    action_type         TEXT NOT NULL,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL DEFAULT '',
    reasoning           TEXT NOT NULL DEFAULT '',
    data_sources        TEXT NOT NULL DEFAULT '[]',
    est_revenue_cents   INTEGER,
    est_cost_cents      INTEGER,
    est_roi             REAL,
    currency            TEXT NOT NULL DEFAULT 'EUR',
    risk_factors        TEXT NOT NULL DEFAULT '[]',
    confidence          REAL NOT NULL DEFAULT 0,
    alternatives        TEXT NOT NULL DEFAULT '[]',
    parameters          TEXT NOT NULL DEFAULT '{}',
    approved_parameters TEXT,
    executed_parameters TEXT,
    risk_level          TEXT NOT NULL,
    verdict             TEXT NOT NULL DEFAULT '',
    rule_id             INTEGER,
    rule_version        INTEGER,
    priority            INTEGER NOT NULL DEFAULT 1,
    status              TEXT NOT NULL DEFAULT 'pending',
    execution_state     TEXT NOT NULL DEFAULT 'none',
    deadline            INTEGER,
    proposed_by         TEXT NOT NULL DEFAULT '',
    decided_by          TEXT,
    decided_at          INTEGER,
    decided_on          TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    product_id          INTEGER REFERENCES products(id) ON DELETE SET NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX proposals_queue ON action_proposals(status, priority DESC, deadline);
CREATE INDEX proposals_agent ON action_proposals(agent);
CREATE INDEX proposals_decided ON action_proposals(decided_at);

-- Append-only, hash-chained audit trail.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL DEFAULT '',
    payload    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE agents (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    cluster         TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL DEFAULT 'internal',
    status          TEXT NOT NULL DEFAULT 'idle',
    paused          INTEGER NOT NULL DEFAULT 0,
    heartbeat_at    INTEGER,
    load_pct        INTEGER NOT NULL DEFAULT 0,
    tasks_ok        INTEGER NOT NULL DEFAULT 0,
    tasks_failed    INTEGER NOT NULL DEFAULT 0,
    avg_latency_ms  INTEGER NOT NULL DEFAULT 0,
    cost_micros     INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX agents_cluster ON agents(cluster);

-- The durable job queue.
CREATE TABLE jobs (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    subject_id       INTEGER,
    state            TEXT NOT NULL DEFAULT 'queued',
    priority         INTEGER NOT NULL DEFAULT 0,
    attempts         INTEGER NOT NULL DEFAULT 0,
    max_attempts     INTEGER NOT NULL DEFAULT 5,
    run_after        INTEGER NOT NULL DEFAULT 0,
    lease_owner      TEXT,
    lease_expires    INTEGER,
    idempotency_key  TEXT NOT NULL UNIQUE,
    payload          TEXT NOT NULL DEFAULT '{}',
    result           TEXT,
    last_error       TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX jobs_claim ON jobs(state, run_after, priority);
CREATE INDEX jobs_subject ON jobs(kind, subject_id);

CREATE TABLE campaigns (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    platform            TEXT NOT NULL,
    external_id         TEXT,
    status              TEXT NOT NULL DEFAULT 'active',
    daily_budget_cents  INTEGER NOT NULL DEFAULT 0,
    currency            TEXT NOT NULL DEFAULT 'EUR',
    target_roas         REAL NOT NULL DEFAULT 2.0,
    product_id          INTEGER REFERENCES products(id) ON DELETE SET NULL,
    started_on          TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);

CREATE TABLE campaign_metrics (
    campaign_id    INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    day            TEXT NOT NULL,
    spend_cents    INTEGER NOT NULL DEFAULT 0,
    revenue_cents  INTEGER NOT NULL DEFAULT 0,
    impressions    INTEGER NOT NULL DEFAULT 0,
    clicks         INTEGER NOT NULL DEFAULT 0,
    conversions    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, day)
);
CREATE INDEX campaign_metrics_day ON campaign_metrics(day);

CREATE TABLE sites (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'landing',
    product_id  INTEGER REFERENCES products(id) ON DELETE SET NULL,
    title       TEXT NOT NULL DEFAULT '',
    tagline     TEXT NOT NULL DEFAULT '',
    palette     TEXT NOT NULL DEFAULT '[]',
    html_path   TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'draft',
    url         TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE provider_calls (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    purpose        TEXT NOT NULL,
    provider       TEXT NOT NULL,
    model          TEXT NOT NULL DEFAULT '',
    input_tokens   INTEGER NOT NULL DEFAULT 0,
    output_tokens  INTEGER NOT NULL DEFAULT 0,
    cost_micros    INTEGER NOT NULL DEFAULT 0,
    latency_ms     INTEGER NOT NULL DEFAULT 0,
    outcome        TEXT NOT NULL,
    error_class    TEXT NOT NULL DEFAULT '',
    product_id     INTEGER,
    job_id         INTEGER
);
CREATE INDEX provider_calls_at ON provider_calls(at);
