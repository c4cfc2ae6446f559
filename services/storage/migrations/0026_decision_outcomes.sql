-- Quorum schema version 26: what happened after a decision. `ran_at` is when a proposal's effect was
-- made (for an ad platform change, when the platform confirmed it); the proposals carried out before
-- this version take it from their audit entry. Once the days after it have passed and their data has
-- synced, the CEO measures the proposal's outcome against as many days before, one row per proposal:
--   revenue       a price change: the SKU's net sales (and units) in the days before and after
--   account_roas  an ad set paused: its ad account's purchase value / spend before and after
--   ad_set_roas   an ad set's bid or budget changed: its own ROAS before and after
--   pair_value    a budget shift: the two ad sets' purchase value together before and after
-- `held` is 1 when the figure after is at least the one before (revenue kept, the return not lower).
ALTER TABLE action_proposals ADD COLUMN ran_at INTEGER;
UPDATE action_proposals SET ran_at = COALESCE((SELECT MIN(a.at) FROM audit_log a WHERE a.subject = 'proposal:' ||
    action_proposals.id AND a.action IN ('proposal.executed', 'proposal.auto_executed')), updated_at)
    WHERE execution_state = 'done';

CREATE TABLE decision_outcomes (
    proposal_id   INTEGER PRIMARY KEY REFERENCES action_proposals(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('revenue', 'account_roas', 'ad_set_roas', 'pair_value')),
    first_after   TEXT NOT NULL,             -- ISO date: the first day after the day it ran
    days          INTEGER NOT NULL,          -- days before and after, each
    before_value  REAL NOT NULL,             -- minor units for revenue and pair_value, a ratio for ROAS
    after_value   REAL NOT NULL,
    units_before  INTEGER NOT NULL DEFAULT 0,
    units_after   INTEGER NOT NULL DEFAULT 0,
    held          INTEGER NOT NULL,
    currency      TEXT NOT NULL DEFAULT '',
    measured_at   INTEGER NOT NULL
);
