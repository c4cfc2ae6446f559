-- Quorum schema version 2: the remote API layer.
-- Providers hold where and how to reach a model; secrets stay in the OS keychain (secret_ref names
-- them). Routes are the fallback chain per purpose. Prices are editable; the defaults live in code
-- and are used while this table is empty.

CREATE TABLE providers (
    id                   TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    base_url             TEXT NOT NULL,
    model                TEXT NOT NULL,
    secret_ref           TEXT NOT NULL DEFAULT '',
    max_concurrency      INTEGER NOT NULL DEFAULT 16,
    initial_concurrency  INTEGER NOT NULL DEFAULT 4,
    requests_per_second  REAL NOT NULL DEFAULT 0,
    deadline_ms          INTEGER NOT NULL DEFAULT 180000,
    options              TEXT NOT NULL DEFAULT '{}',
    enabled              INTEGER NOT NULL DEFAULT 1,
    is_sandbox           INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);

CREATE TABLE provider_routes (
    purpose      TEXT NOT NULL,
    position     INTEGER NOT NULL,
    provider_id  TEXT NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
    PRIMARY KEY (purpose, position)
);

CREATE TABLE model_prices (
    kind             TEXT NOT NULL,
    model            TEXT NOT NULL,
    input_per_mtok   INTEGER NOT NULL,
    output_per_mtok  INTEGER NOT NULL,
    per_image        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, model)
);

ALTER TABLE provider_calls ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
CREATE INDEX provider_calls_provider ON provider_calls(provider, at);
