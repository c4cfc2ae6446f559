-- Quorum schema version 29: stock a store sync read while the Stock Keeper was paused. A paused agent
-- proposes nothing, so the levels are not accounted for then; the SKUs wait here and are accounted for
-- (sales moved into the shared stock, updates and reorders proposed) at the first sync after the resume.
CREATE TABLE stock_unchecked (
    sku         TEXT PRIMARY KEY,
    read_at     INTEGER NOT NULL
);
