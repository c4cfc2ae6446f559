-- Quorum schema version 12: one stock across the stores, and reorders.
-- A SKU sold in more than one store has one pool: what Quorum believes is on hand. Each store's
-- level is compared with the level the pool last accounted for there (stock_seen): a drop is a sale
-- in that store, a rise a delivery booked there, and either moves the pool; stores that differ from
-- the pool are then set to it (a stock update proposal, judged by the risk engine).

-- Where a level lives in its store: the parent product (WooCommerce variations are written under it)
-- and the inventory item (Shopify writes quantities per item and location).
ALTER TABLE inventory_levels ADD COLUMN product_remote_id TEXT NOT NULL DEFAULT '';
ALTER TABLE inventory_levels ADD COLUMN item_remote_id TEXT NOT NULL DEFAULT '';

CREATE TABLE stock_pool (
    sku         TEXT PRIMARY KEY,
    available   INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE stock_seen (
    connection_id  INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    sku            TEXT NOT NULL,
    level          INTEGER NOT NULL,
    pending        INTEGER,          -- a write of this level is under way: seeing it is not a sale
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (connection_id, sku)
);

-- When to reorder a product: at or below threshold units of any variant; how long a delivery takes;
-- how many days of sales an order should cover once it arrives.
CREATE TABLE reorder_rules (
    product_id  INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    threshold   INTEGER NOT NULL CHECK (threshold >= 0),
    lead_days   INTEGER NOT NULL CHECK (lead_days >= 0),
    cover_days  INTEGER NOT NULL CHECK (cover_days >= 1),
    updated_at  INTEGER NOT NULL
);
