-- Quorum schema version 25: what Finance Watch alerts the owner to (revenue down on a day, an ad
-- account spending over its budgets, AI spend near its ceiling), with the figures that raised each. One
-- row per kind, subject (an ad account's connection id, or '') and the day (or month) it is about;
-- each run brings the figures up to date and resolves what no longer holds.
CREATE TABLE finance_alerts (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('revenue_drop', 'ad_pacing', 'ai_ceiling')),
    subject      TEXT NOT NULL DEFAULT '',
    day          TEXT NOT NULL,                -- ISO date: the day judged (the month's first for AI spend)
    figures      TEXT NOT NULL DEFAULT '{}',   -- the numbers behind it, as FinanceAlerts::title and detail read them
    raised_at    INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    resolved_at  INTEGER,
    UNIQUE (kind, subject, day)
);
CREATE INDEX finance_alerts_open ON finance_alerts(resolved_at);
