-- Quorum schema version 35: the approval gateway. External agents (a script, an agent framework, a cron
-- job on another machine) connect with an API key, propose actions, wait for a person's decision and
-- report what they did with it.
--
-- An external agent has its row in agents (kind 'external'; its contract says which action types it may
-- propose and how many proposals a day) and one or more keys. A key is stored only as its SHA-256 hash;
-- the owner sees it once. A revoked key is kept (the audit trail names it) and never accepted again.
CREATE TABLE gateway_keys (
    id            INTEGER PRIMARY KEY,
    agent         TEXT NOT NULL,
    prefix        TEXT NOT NULL,               -- the key's first characters, to tell keys apart
    hash          TEXT NOT NULL UNIQUE,        -- SHA-256 of the whole key, hex
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    last_used_at  INTEGER,
    last_address  TEXT NOT NULL DEFAULT '',
    revoked_at    INTEGER,
    revoked_by    TEXT
);
CREATE INDEX gateway_keys_agent ON gateway_keys(agent);

-- What the gateway knows of a proposal an external agent made: the key and the idempotency key it came
-- with (the same key never makes a second proposal), the hash of its parameters, the state the agent
-- was told (written once: pending until the decision), and the agent's receipt of what it did.
CREATE TABLE external_proposals (
    proposal_id      INTEGER PRIMARY KEY REFERENCES action_proposals(id) ON DELETE CASCADE,
    agent            TEXT NOT NULL,
    key_id           INTEGER NOT NULL REFERENCES gateway_keys(id),
    idempotency_key  TEXT NOT NULL,
    params_hash      TEXT NOT NULL,
    address          TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'pending', -- pending, approved, rejected, modified, expired, cancelled, revoked
    receipt_outcome  TEXT,                            -- executed, failed, skipped
    receipt_hash     TEXT,
    receipt_ref      TEXT,
    receipt_note     TEXT,
    receipt_at       INTEGER,
    receipt_mismatch INTEGER NOT NULL DEFAULT 0,      -- 1: it executed other parameters than were approved
    created_at       INTEGER NOT NULL,
    UNIQUE (agent, idempotency_key)
);
CREATE INDEX external_proposals_agent ON external_proposals(agent, created_at);

-- Every decision an external agent is told, in order: a reconnecting agent gets each one after the last
-- it acknowledged (agents.gateway_acked).
CREATE TABLE gateway_decisions (
    id           INTEGER PRIMARY KEY,      -- the sequence number the agent acknowledges
    agent        TEXT NOT NULL,
    proposal_id  INTEGER NOT NULL UNIQUE REFERENCES action_proposals(id) ON DELETE CASCADE,
    body         TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX gateway_decisions_agent ON gateway_decisions(agent, id);

ALTER TABLE agents ADD COLUMN gateway_acked INTEGER NOT NULL DEFAULT 0;
