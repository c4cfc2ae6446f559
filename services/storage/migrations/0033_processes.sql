-- Quorum schema version 33: the processes that work on a workspace (desktops, `quorum serve`,
-- `quorum worker`, run-pipeline), each beating every few seconds with what it runs, so that
-- `quorum status` and the team's desktops can say what is running, where, and what stopped without a
-- word (killed, or its machine gone). A process that stops cleanly says so (stopped_at).
CREATE TABLE processes (
    owner        TEXT PRIMARY KEY,          -- host:pid, the prefix of its workers' lease owners
    role         TEXT NOT NULL,             -- desktop, serve, worker, run-pipeline
    host         TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    version      TEXT NOT NULL DEFAULT '',
    started_at   INTEGER NOT NULL,
    seen_at      INTEGER NOT NULL,
    beat_ms      INTEGER NOT NULL,          -- how often it beats: not seen for 3 beats is gone
    workers      INTEGER NOT NULL DEFAULT 0,
    running_jobs INTEGER NOT NULL DEFAULT 0,
    breakers     TEXT NOT NULL DEFAULT '',  -- endpoints whose breaker is open here, one per line
    stopped_at   INTEGER                    -- a clean stop; NULL while it runs (or when it was killed)
);
