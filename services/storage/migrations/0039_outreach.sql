-- Quorum schema version 39: outreach to leads. A lead's e-mail address comes from its import; the e-mail
-- offering a concept site is written by the writer model and judged by the agreement gate like a site's
-- parts (its versions and verdicts kept), proposed for approval, and sent once by SMTP when approved.
ALTER TABLE leads ADD COLUMN email TEXT NOT NULL DEFAULT '';

CREATE TABLE outreach_emails (
    id                  INTEGER PRIMARY KEY,
    lead_id             INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL DEFAULT 'email',
    state               TEXT NOT NULL DEFAULT 'pending',  -- the gate's: queued, writing, reviewing, accepted, ...
    attempts            INTEGER NOT NULL DEFAULT 0,
    run_no              INTEGER NOT NULL DEFAULT 0,
    current_version_id  INTEGER,
    accepted_version_id INTEGER,
    instruction         TEXT NOT NULL DEFAULT '',
    instruction_by      TEXT NOT NULL DEFAULT '',
    last_error          TEXT NOT NULL DEFAULT '',
    site_id             INTEGER REFERENCES sites(id) ON DELETE SET NULL, -- the concept it offers
    proposal_id         INTEGER,                          -- the approval of the accepted version
    -- Sending: '' (not yet), queued, sending (handed to the mail server), sent, uncertain (the server did not
    -- confirm after taking the message: not sent again by itself), bounced, failed, stopped (suppressed since).
    send_state          TEXT NOT NULL DEFAULT '',
    sent_to             TEXT NOT NULL DEFAULT '',
    sent_subject        TEXT NOT NULL DEFAULT '', -- the subject and words as approved (a person may edit them)
    sent_text           TEXT NOT NULL DEFAULT '',
    message_id          TEXT NOT NULL DEFAULT '',
    send_error          TEXT NOT NULL DEFAULT '',
    send_started_at     INTEGER,
    sent_at             INTEGER,
    updated_at          INTEGER NOT NULL,
    UNIQUE (lead_id, kind)
);
CREATE INDEX outreach_sent ON outreach_emails(send_started_at) WHERE send_started_at IS NOT NULL;

CREATE TABLE outreach_versions (
    id               INTEGER PRIMARY KEY,
    piece_id         INTEGER NOT NULL REFERENCES outreach_emails(id) ON DELETE CASCADE,
    version_no       INTEGER NOT NULL,
    run_no           INTEGER NOT NULL DEFAULT 0,
    attempt          INTEGER,
    author           TEXT NOT NULL,
    body             TEXT NOT NULL,
    provider         TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL DEFAULT '',
    template_version INTEGER,
    instruction      TEXT NOT NULL DEFAULT '',
    valid            INTEGER NOT NULL DEFAULT 1,
    idempotency_key  TEXT NOT NULL UNIQUE,
    created_at       INTEGER NOT NULL
);
CREATE INDEX outreach_versions_email ON outreach_versions(piece_id, run_no, attempt);

CREATE TABLE outreach_validations (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES outreach_versions(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    passed      INTEGER NOT NULL,
    scores      TEXT NOT NULL DEFAULT '{}',
    problems    TEXT NOT NULL DEFAULT '[]',
    provider    TEXT NOT NULL DEFAULT '',
    model       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (version_id, stage)
);

-- Addresses never written to: a lead who asked not to be contacted, a bounce, or one a person added.
CREATE TABLE outreach_suppressions (
    address     TEXT PRIMARY KEY,       -- lower case
    reason      TEXT NOT NULL,          -- unsubscribed, bounced, do_not_contact, added
    note        TEXT NOT NULL DEFAULT '',
    added_by    TEXT NOT NULL DEFAULT '',
    added_at    INTEGER NOT NULL
);
