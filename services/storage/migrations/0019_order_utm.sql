-- Quorum schema version 19: where an order came from, as the store recorded it (WooCommerce's order
-- attribution, Shopify's customer journey: the UTM parameters of the visit that ended in the order), so
-- a campaign's sales can be counted from the store's orders beside the ad platform's own figure.
ALTER TABLE orders ADD COLUMN utm_source TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN utm_medium TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN utm_campaign TEXT NOT NULL DEFAULT '';
CREATE INDEX orders_utm_campaign ON orders(lower(utm_campaign), created_at) WHERE utm_campaign <> '';
-- The orders already in are read once more at the next sync, so they gain where they came from.
UPDATE sync_state SET since = '', run = '{}' WHERE resource = 'orders';
