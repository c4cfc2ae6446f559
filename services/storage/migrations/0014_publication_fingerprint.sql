-- Quorum schema version 14: re-publishing a WordPress post or page leaves a person's edits alone.
-- After each write the publication keeps what WordPress then held, field by field (hashes of the
-- title, the text without its JSON-LD, the excerpt and the status, as JSON); a field that no longer
-- matches at the next publish was edited in WordPress and is kept. Empty: nothing known yet.
ALTER TABLE publications ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
