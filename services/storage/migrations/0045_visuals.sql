-- Quorum schema version 45: product visuals. A generated picture is kept once per prompt (image_cache: the same
-- prompt at the same size is never paid for twice, whichever provider made it), and each product has one visual
-- per format (product_visuals): the crop with its headline and logo, the seven guards' results as JSON, and its
-- state ('ready' when every guard passed, 'review' when one still fails after the composer's retries: a person
-- decides, as with text). A headline colour the owner chose is laid out as asked first: what the guards found on
-- it stays on the row (earlier) when a later attempt (on a plate) passed.
CREATE TABLE image_cache (
    prompt_hash TEXT PRIMARY KEY,
    prompt      TEXT NOT NULL,
    size        TEXT NOT NULL,
    provider    TEXT NOT NULL,
    model       TEXT NOT NULL,
    path        TEXT NOT NULL,
    hits        INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE TABLE product_visuals (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    format      TEXT NOT NULL,
    path        TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    guards      TEXT NOT NULL,
    passed      INTEGER NOT NULL,
    attempts    INTEGER NOT NULL,
    earlier     TEXT NOT NULL DEFAULT '[]', -- what failed on the attempts before this one, in words
    status      TEXT NOT NULL CHECK (status IN ('ready', 'review', 'approved', 'rejected')),
    created_at  INTEGER NOT NULL,
    UNIQUE (product_id, format)
);
