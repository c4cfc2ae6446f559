-- Quorum schema version 43: social posts published by Quorum itself. An account is a connection to one
-- platform's account (its tokens live in the keychain under "social/<id>/…", never here). A post is one text for
-- one account at one local time in an IANA zone: the instant is computed from the wall time and the zone, so a
-- 09:00 post stays at 09:00 local across a daylight-saving change. Publishing is a state machine on the durable
-- queue: scheduled → publishing → published | failed | uncertain (sent, answer lost: looked up before any retry).
CREATE TABLE social_accounts (
    id                  INTEGER PRIMARY KEY,
    platform            TEXT NOT NULL,             -- instagram | facebook | pinterest | x | linkedin | tiktok
    name                TEXT NOT NULL,             -- as the shop knows it (@handle, the Page's name)
    remote_id           TEXT NOT NULL,             -- the platform's id of the account (for Pinterest: the board)
    api_url             TEXT NOT NULL DEFAULT '',  -- '' = the platform's own address
    time_zone           TEXT NOT NULL,             -- IANA, the zone its posts are planned in
    post_without_asking INTEGER NOT NULL DEFAULT 0, -- the owner lets its posts run without an approval
    access_expires_at   INTEGER,
    refreshed_at        INTEGER,
    scopes              TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'connected', -- connected | reconnect
    status_note         TEXT NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    UNIQUE (platform, remote_id)
);

-- Queue slots: the local times (minutes after midnight) an account posts at, per ISO weekday (1 = Monday).
CREATE TABLE social_slots (
    account_id INTEGER NOT NULL REFERENCES social_accounts(id) ON DELETE CASCADE,
    weekday    INTEGER NOT NULL,
    minute     INTEGER NOT NULL,
    PRIMARY KEY (account_id, weekday, minute)
);

CREATE TABLE social_posts (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES social_accounts(id),
    product_id   INTEGER,
    proposal_id  INTEGER,
    text         TEXT NOT NULL,
    text_hash    TEXT NOT NULL,
    media        TEXT NOT NULL DEFAULT '[]',  -- [{url, width, height, bytes, kind}]
    link         TEXT NOT NULL DEFAULT '',
    local_time   TEXT NOT NULL,               -- YYYY-MM-DDTHH:MM on the wall clock of time_zone
    time_zone    TEXT NOT NULL,
    scheduled_at INTEGER NOT NULL,            -- the instant (UTC ms) local_time is in time_zone
    status       TEXT NOT NULL,               -- draft | proposed | scheduled | publishing | published | failed | uncertain | canceled
    remote_id    TEXT NOT NULL DEFAULT '',
    remote_url   TEXT NOT NULL DEFAULT '',
    error        TEXT NOT NULL DEFAULT '',
    attempts     INTEGER NOT NULL DEFAULT 0,
    sent_at      INTEGER,                     -- when the last create was sent: a lookup searches from here
    published_at INTEGER,
    version      INTEGER NOT NULL DEFAULT 1,
    created_by   TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX social_posts_when ON social_posts(scheduled_at);
CREATE INDEX social_posts_account ON social_posts(account_id, scheduled_at);
CREATE INDEX social_posts_hash ON social_posts(account_id, text_hash);

-- Every text a post had, as a piece's versions: who changed it and when.
CREATE TABLE social_post_versions (
    post_id    INTEGER NOT NULL REFERENCES social_posts(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    media      TEXT NOT NULL DEFAULT '[]',
    changed_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    PRIMARY KEY (post_id, version)
);
