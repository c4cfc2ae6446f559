-- Quorum schema version 31: where an order ships to, beside the billing country it already has. The fraud
-- agent weighs a billing country that differs from the shipping country. Empty: the store did not say
-- (orders synced before this version, until their next change or a full sync).
ALTER TABLE orders ADD COLUMN shipping_country TEXT NOT NULL DEFAULT '';
