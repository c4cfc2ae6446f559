-- Quorum schema version 18: A/B tests over a Meta ad account's ad sets, registered before they run.
-- An experiment names its arms (the control first), the primary metric, the expected traffic split,
-- the control's expected rate, the smallest lift worth finding, the floors and the longest it may run;
-- none of these change once it is saved. Each complete account day from its start is looked at once
-- (ad_experiment_looks: the arms' totals through that day and what the sequential test said); the
-- always-valid p-values carry from look to look. A verdict becomes a "declare winner" proposal.
CREATE TABLE ad_experiments (
    id               INTEGER PRIMARY KEY,
    connection_id    INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    hypothesis       TEXT NOT NULL DEFAULT '',
    metric           TEXT NOT NULL CHECK (metric IN ('purchases_per_click', 'clicks_per_impression')),
    arms             TEXT NOT NULL,               -- [{"id": ad set id, "name": ..., "share": 0.5}, ...]
    alpha            REAL NOT NULL,
    baseline_rate    REAL NOT NULL,
    mde              REAL NOT NULL,               -- relative: 0.10 is a 10 % lift
    min_visitors     INTEGER NOT NULL,
    min_conversions  INTEGER NOT NULL,
    start_day        TEXT NOT NULL,               -- the account's day
    max_days         INTEGER NOT NULL,
    state            TEXT NOT NULL DEFAULT 'collecting',
                     -- collecting, running, winner, inconclusive, decided, stopped
    winner           INTEGER NOT NULL DEFAULT -1, -- the arm's index
    p_values         TEXT NOT NULL DEFAULT '[]',
    looked_through   TEXT NOT NULL DEFAULT '',
    proposal_id      INTEGER REFERENCES action_proposals(id) ON DELETE SET NULL,
    created_by       TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    ended_at         INTEGER
);

CREATE TABLE ad_experiment_looks (
    experiment_id    INTEGER NOT NULL REFERENCES ad_experiments(id) ON DELETE CASCADE,
    day              TEXT NOT NULL,
    arms             TEXT NOT NULL,               -- [[visitors, conversions], ...] through this day
    comparisons      TEXT NOT NULL,               -- [{"p":..,"low":..,"high":..,"lift":..,"floors":..}, ...]
    state            TEXT NOT NULL,
    taken_at         INTEGER NOT NULL,
    PRIMARY KEY (experiment_id, day)
);
