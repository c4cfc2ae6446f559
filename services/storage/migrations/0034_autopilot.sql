-- Quorum schema version 34: the autopilot's alerts, the daily and weekly reports, the messages that
-- tell the owner of both (an e-mail, a webhook call), and the receipts of decisions a desk took offline.
--
-- An alert is open while its condition holds (one open row per kind and subject); it is raised — the
-- owner told — once the condition has held long enough (a breaker open for an hour, a failing sync
-- for half an hour; most at once). A condition that no longer holds resolves its alert; the next time
-- it holds is a new alert.
CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,              -- revenue_drop, ad_pacing, ai_ceiling, queue_stuck, sync_failing, breaker_open, failure_rate
    subject       TEXT NOT NULL DEFAULT '',   -- what it is about within its kind (a connection, an endpoint, an area)
    title         TEXT NOT NULL,              -- in the language of the process that saw it last
    detail        TEXT NOT NULL DEFAULT '',
    first_seen_at INTEGER NOT NULL,
    seen_at       INTEGER NOT NULL,
    raised_at     INTEGER,                    -- NULL: holding, nobody told yet
    resolved_at   INTEGER
);
CREATE UNIQUE INDEX alerts_one_open ON alerts(kind, subject) WHERE resolved_at IS NULL;
CREATE INDEX alerts_raised ON alerts(raised_at);

-- A report as it was made: its HTML (the e-mail) and its PDF, kept in the workspace (in the database,
-- so every desk of a team reads the same one). One per period and first day.
CREATE TABLE reports (
    id         INTEGER PRIMARY KEY,
    period     TEXT NOT NULL CHECK (period IN ('daily', 'weekly')),
    first_day  TEXT NOT NULL,                 -- ISO date
    last_day   TEXT NOT NULL,
    language   TEXT NOT NULL,
    title      TEXT NOT NULL,                 -- the e-mail's subject
    summary    TEXT NOT NULL DEFAULT '{}',    -- the figures, as JSON
    text       TEXT NOT NULL,                 -- the e-mail's plain text
    html       TEXT NOT NULL,
    pdf        BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (period, first_day)
);

-- One message to the owner: an alert or a report, by e-mail or webhook, sent by a "notify.send" job.
-- Sent at most once per alert or report and channel (a retry after a crash between sending and
-- writing "sent" is the one way a message can arrive twice; webhooks carry an idempotency key).
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    alert_id   INTEGER REFERENCES alerts(id),
    report_id  INTEGER REFERENCES reports(id),
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
    target     TEXT NOT NULL,                 -- the address or URL it goes to
    state      TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    sent_at    INTEGER,
    CHECK ((alert_id IS NULL) <> (report_id IS NULL)),
    UNIQUE (alert_id, channel),
    UNIQUE (report_id, channel)
);

-- The offline outbox's receipts: a decision a desk took while the team server was away, applied when it
-- came back — its key recorded with the decision in one transaction, so it is applied exactly once.
CREATE TABLE applied_decisions (
    key         TEXT PRIMARY KEY,             -- the decision's UUID, made at the desk
    proposal_id INTEGER NOT NULL,
    decision    TEXT NOT NULL,                -- approve, reject, modify
    user_name   TEXT NOT NULL,
    decided_at  INTEGER NOT NULL,             -- at the desk, while offline
    applied_at  INTEGER NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('applied', 'superseded', 'refused')),
    message     TEXT NOT NULL DEFAULT ''
);
