-- Quorum schema version 20: agents are code with a contract. Each agent on the roster has its row in
-- agents (what it reads, what it may propose, how often it runs, its AI budget: `contract`) and a
-- row per run in agent_runs (ok, needs data, or failed, with what it found), from which the Agents
-- pane's health figures come. Roster rows without code behind them are removed when a workspace opens.
ALTER TABLE agents ADD COLUMN interval_ms INTEGER NOT NULL DEFAULT 0; -- 0: runs on events, not on a schedule
ALTER TABLE agents ADD COLUMN contract TEXT NOT NULL DEFAULT '{}';    -- {"reads": [...], "proposes": [...], "budget_micros": n}
ALTER TABLE agents ADD COLUMN last_run_at INTEGER;
ALTER TABLE agents ADD COLUMN last_outcome TEXT NOT NULL DEFAULT '';  -- ok, needs, failed
ALTER TABLE agents ADD COLUMN last_note TEXT NOT NULL DEFAULT '';

CREATE TABLE agent_runs (
    id           INTEGER PRIMARY KEY,
    agent        TEXT NOT NULL,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('ok', 'needs', 'failed')),
    note         TEXT NOT NULL DEFAULT '',
    proposals    INTEGER NOT NULL DEFAULT 0,
    latency_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agent_runs_agent ON agent_runs(agent, finished_at);

-- The fraud agent looks up a customer's earlier orders by e-mail address.
CREATE INDEX orders_email ON orders(lower(email), created_at) WHERE email <> '';

-- The fraud agent's score of each order it has looked at, with the factors that made it.
CREATE TABLE order_risk (
    order_id     INTEGER PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
    score        INTEGER NOT NULL,
    factors      TEXT NOT NULL DEFAULT '[]', -- [{"factor": key, "points": n, "detail": text}]
    proposal_id  INTEGER REFERENCES action_proposals(id) ON DELETE SET NULL,
    scored_at    INTEGER NOT NULL
);

-- Customer segments by recency, frequency and monetary value, and churn risk against the
-- customer's own rhythm, as the segments agent last worked them out.
ALTER TABLE customers ADD COLUMN rfm TEXT NOT NULL DEFAULT '';      -- "545": recency, frequency, monetary scores 1-5
ALTER TABLE customers ADD COLUMN segment TEXT NOT NULL DEFAULT '';  -- champions, loyal, new, at_risk, hibernating, ...
ALTER TABLE customers ADD COLUMN churn_risk REAL;                   -- 0..1, NULL: too few orders to tell
ALTER TABLE customers ADD COLUMN orders_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN spent_cents INTEGER NOT NULL DEFAULT 0;   -- paid, in the shop's currency
