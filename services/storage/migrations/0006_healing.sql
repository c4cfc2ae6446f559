-- Quorum schema version 6: work that waits out a provider's bad hour. A job whose failure heals by
-- itself (5xx, overloaded, timeouts, an open circuit) waits instead of spending its attempts: waits
-- counts how often, waiting_since when the current wait began (NULL when it is not waiting). It
-- fails only after a long, configurable time of waiting.
ALTER TABLE jobs ADD COLUMN waits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN waiting_since INTEGER;
