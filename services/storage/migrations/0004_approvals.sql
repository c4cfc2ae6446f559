-- Quorum schema version 4: the risk engine and the approver's desk.
-- Approval rules are versioned like prompts: an edit is a new row; a proposal records the rule and
-- version that judged it. Users are local profiles with a role. A proposal keeps what was proposed
-- (parameters), what a person changed (modified_parameters), what was approved and what ran.

CREATE TABLE approval_rules (
    id          INTEGER PRIMARY KEY,
    rule_key    TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    data        TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (rule_key, version)
);

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    role        TEXT NOT NULL CHECK (role IN ('owner', 'approver', 'viewer')),
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL
);

ALTER TABLE action_proposals ADD COLUMN modified_parameters TEXT;
ALTER TABLE action_proposals ADD COLUMN modified_by TEXT;
ALTER TABLE action_proposals ADD COLUMN on_expiry TEXT NOT NULL DEFAULT 'reject';
ALTER TABLE action_proposals ADD COLUMN warned_at INTEGER;
-- When the deadline warning is due (deadline minus the rule's warning time), stored so the watcher
-- finds due warnings with an index instead of reading every waiting proposal's rule.
ALTER TABLE action_proposals ADD COLUMN warn_at INTEGER;
UPDATE action_proposals SET warn_at = deadline - 3600000 WHERE deadline IS NOT NULL;
ALTER TABLE action_proposals ADD COLUMN execution_error TEXT NOT NULL DEFAULT '';
ALTER TABLE action_proposals ADD COLUMN approver_roles TEXT NOT NULL DEFAULT '["owner","approver"]';
CREATE INDEX proposals_deadline ON action_proposals(status, deadline);
CREATE INDEX proposals_warn ON action_proposals(status, warn_at);
CREATE INDEX proposals_warned ON action_proposals(warned_at) WHERE warned_at IS NOT NULL;
CREATE INDEX proposals_product ON action_proposals(product_id, action_type, status);

-- Which agent a job works for, so pausing an agent or a cluster holds its work.
ALTER TABLE jobs ADD COLUMN agent TEXT NOT NULL DEFAULT '';
