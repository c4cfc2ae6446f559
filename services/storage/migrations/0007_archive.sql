-- Quorum schema version 7: products can be archived. An archived product keeps its facts, content
-- and history but leaves the Pipeline's list, is never run and is counted nowhere; archived_at is
-- when (NULL while the product is in use). Unarchiving sets it back to NULL.
ALTER TABLE products ADD COLUMN archived_at INTEGER;
CREATE INDEX idx_products_archived ON products(archived_at) WHERE archived_at IS NOT NULL;
