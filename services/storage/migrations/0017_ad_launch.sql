-- Quorum schema version 17: campaigns launched on the ad platform. An ad needs the Facebook Page it
-- runs as; a Meta ad account connection names it (empty: launches are refused with that reason).
ALTER TABLE connections ADD COLUMN page_id TEXT NOT NULL DEFAULT '';
