-- Quorum schema version 15: ad accounts synced from the ad platform. A Meta ad account is a
-- connection (kind meta_ads; the account id in `account`, the token in the keychain). Its campaigns
-- land in `campaigns` (keyed by the connection and the platform's id), its ad sets in `ad_sets`, and
-- one row per ad set and account day in `ad_set_days`; `campaign_metrics` is the sum of its ad sets'
-- days. Amounts are minor units in the account's currency; days are the account's own (its time zone).
-- quorum:rebuild-with-foreign-keys-off
-- connections.kind gains meta_ads: SQLite cannot change a CHECK in place, so the table is rebuilt (with
-- foreign keys off; the migrator checks them before it commits) and its trigger made again.
-- PostgreSQL changes the CHECK in place.
-- quorum:postgresql-only
ALTER TABLE connections DROP CONSTRAINT connections_kind_check;
ALTER TABLE connections ADD CONSTRAINT connections_kind_check
    CHECK (kind IN ('woocommerce', 'wordpress', 'shopify', 'meta_ads'));
-- quorum:end
-- quorum:sqlite-only
CREATE TABLE connections_new (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('woocommerce', 'wordpress', 'shopify', 'meta_ads')),
    name         TEXT NOT NULL,
    url          TEXT NOT NULL,           -- site or store URL; the shop domain for Shopify; Graph API for Meta
    account      TEXT NOT NULL DEFAULT '', -- the WordPress user; the ad account id for Meta; empty otherwise
    api_version  TEXT NOT NULL DEFAULT '',
    media_site   INTEGER REFERENCES connections(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
INSERT INTO connections_new (id, kind, name, url, account, api_version, media_site, created_at, updated_at)
SELECT id, kind, name, url, account, api_version, media_site, created_at, updated_at FROM connections;
DROP TABLE connections;
ALTER TABLE connections_new RENAME TO connections;
CREATE TRIGGER sales_rollup_connection_removed AFTER DELETE ON connections BEGIN
    DELETE FROM sales_lines_daily WHERE key_id IN (SELECT id FROM sales_keys WHERE connection = old.id);
    DELETE FROM sales_keys WHERE connection = old.id;
    DELETE FROM sales_days WHERE connection = old.id;
END;
-- quorum:end

ALTER TABLE campaigns ADD COLUMN connection_id INTEGER REFERENCES connections(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX campaigns_remote ON campaigns(connection_id, external_id) WHERE connection_id IS NOT NULL;

CREATE TABLE ad_accounts (
    connection_id   INTEGER PRIMARY KEY REFERENCES connections(id) ON DELETE CASCADE,
    name            TEXT NOT NULL DEFAULT '',
    currency        TEXT NOT NULL DEFAULT '',
    time_zone       TEXT NOT NULL DEFAULT '',   -- IANA name, e.g. Europe/Amsterdam
    synced_through  TEXT NOT NULL DEFAULT '',   -- the newest account day read after it ended
    last_sync_at    INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    updated_at      INTEGER NOT NULL
);

CREATE TABLE ad_sets (
    id                  INTEGER PRIMARY KEY,
    connection_id       INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    campaign_id         INTEGER REFERENCES campaigns(id) ON DELETE CASCADE,
    remote_id           TEXT NOT NULL,
    name                TEXT NOT NULL,
    status              TEXT NOT NULL,               -- ACTIVE, PAUSED, ARCHIVED, DELETED
    daily_budget_cents  INTEGER NOT NULL DEFAULT 0,  -- 0: the campaign's budget is used
    bid_amount_cents    INTEGER NOT NULL DEFAULT 0,  -- 0: no bid cap
    bid_strategy        TEXT NOT NULL DEFAULT '',
    learning            TEXT NOT NULL DEFAULT '',    -- LEARNING, SUCCESS, FAIL
    last_edit_at        INTEGER,                     -- the platform's last change to it
    updated_at          INTEGER NOT NULL,
    UNIQUE (connection_id, remote_id)
);

CREATE TABLE ad_set_days (
    ad_set_id       INTEGER NOT NULL REFERENCES ad_sets(id) ON DELETE CASCADE,
    day             TEXT NOT NULL,                   -- the account's day
    spend_cents     INTEGER NOT NULL DEFAULT 0,
    value_cents     INTEGER NOT NULL DEFAULT 0,      -- purchase value, the account's attribution setting
    impressions     INTEGER NOT NULL DEFAULT 0,
    clicks          INTEGER NOT NULL DEFAULT 0,
    purchases       INTEGER NOT NULL DEFAULT 0,
    reach           INTEGER NOT NULL DEFAULT 0,
    frequency       REAL NOT NULL DEFAULT 0,
    windows         TEXT NOT NULL DEFAULT '{}',      -- per attribution window: {"7d_click": [purchases, value], ...}
    synced_at       INTEGER NOT NULL,
    PRIMARY KEY (ad_set_id, day)
);
CREATE INDEX ad_set_days_day ON ad_set_days(day);

-- Ad rules (the rule itself as JSON: see AdRules::toJson) and what each evaluation found: a firing
-- (live, or notify-only: what it would do) or a brake that held it back, with the evidence it saw. At
-- most one row per rule, object, account day and outcome: evaluating again the same day adds nothing.
CREATE TABLE ad_rules (
    id              INTEGER PRIMARY KEY,
    connection_id   INTEGER REFERENCES connections(id) ON DELETE CASCADE, -- NULL: every ad account
    name            TEXT NOT NULL,
    spec            TEXT NOT NULL,
    live            INTEGER NOT NULL DEFAULT 0,   -- 0: notify-only
    enabled         INTEGER NOT NULL DEFAULT 1,
    created_by      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

CREATE TABLE ad_rule_firings (
    id              INTEGER PRIMARY KEY,
    rule_id         INTEGER NOT NULL REFERENCES ad_rules(id) ON DELETE CASCADE,
    connection_id   INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    object_id       TEXT NOT NULL DEFAULT '',    -- the platform's id ('' for a note about the whole rule)
    object_name     TEXT NOT NULL DEFAULT '',
    action          TEXT NOT NULL,               -- notify, pause, resume, budget, bid
    direction       INTEGER NOT NULL DEFAULT 0,
    fired           INTEGER NOT NULL,            -- 1: acted (or would have), 0: held by a brake
    live            INTEGER NOT NULL,
    brake           TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    evidence        TEXT NOT NULL DEFAULT '{}',
    from_cents      INTEGER NOT NULL DEFAULT 0,
    to_cents        INTEGER NOT NULL DEFAULT 0,
    account_day     TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    UNIQUE (rule_id, object_id, account_day, action, fired)
);
CREATE INDEX ad_rule_firings_object ON ad_rule_firings(connection_id, object_id, created_at);
