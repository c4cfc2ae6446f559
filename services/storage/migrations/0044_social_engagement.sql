-- Quorum schema version 44: how Quorum's published social posts did, read back from each platform. One row per
-- post with the figures its platform gives (NULL where it gives none: Facebook has no saves, X no reach), replaced
-- by every sync; synced_at is also when a refused read was last tried (read again only after six hours). A post the
-- platform says it no longer has is marked 'deleted' on social_posts only when it is missing again six hours later
-- (missing_since): a platform that hides a post for a while, or a token that lost a permission, is not a deletion.
CREATE TABLE social_post_metrics (
    post_id     INTEGER PRIMARY KEY REFERENCES social_posts(id) ON DELETE CASCADE,
    impressions INTEGER,
    reach       INTEGER,
    likes       INTEGER,
    comments    INTEGER,
    shares      INTEGER,
    saves       INTEGER,
    clicks      INTEGER,
    missing_since INTEGER,
    synced_at   INTEGER NOT NULL
);
CREATE INDEX social_post_metrics_synced ON social_post_metrics(synced_at);
