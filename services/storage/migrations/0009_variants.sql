-- Quorum schema version 9: a product as its store has it. Variants with their own SKU, prices,
-- stock and image; how the product is listed (status, type, SEO, external link); and which variant
-- is which in each connected store, so publishing updates what is there instead of adding beside it.

ALTER TABLE products ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'draft', 'private', 'archived'));
ALTER TABLE products ADD COLUMN product_type TEXT NOT NULL DEFAULT 'simple'
    CHECK (product_type IN ('simple', 'variable', 'external', 'grouped'));
-- seo_title, seo_description, external_url, button_text, vendor, gift_card, option_names,
-- store_platform and store_id (where the export came from).
ALTER TABLE products ADD COLUMN listing TEXT NOT NULL DEFAULT '{}';

CREATE TABLE product_variants (
    id                INTEGER PRIMARY KEY,
    product_id        INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    sku               TEXT NOT NULL DEFAULT '',
    options           TEXT NOT NULL DEFAULT '[]', -- values in the order of the product's option names
    price_cents       INTEGER NOT NULL CHECK (price_cents >= 0),
    compare_at_cents  INTEGER,
    sale_price_cents  INTEGER,
    sale_from         INTEGER,
    sale_to           INTEGER,
    cost_cents        INTEGER,
    stock             INTEGER,
    weight_grams      INTEGER,
    image             TEXT NOT NULL DEFAULT '',
    barcode           TEXT NOT NULL DEFAULT '',
    requires_shipping INTEGER NOT NULL DEFAULT 1,
    taxable           INTEGER NOT NULL DEFAULT 1,
    store_id          TEXT NOT NULL DEFAULT '', -- its id in the store the export came from
    UNIQUE (product_id, position)
);
CREATE INDEX product_variants_sku ON product_variants(sku) WHERE sku <> '';

-- A variant's id in a connected store, learnt when Quorum reads or writes that store.
CREATE TABLE variant_links (
    variant_id     INTEGER NOT NULL REFERENCES product_variants(id) ON DELETE CASCADE,
    connection_id  INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    remote_id      TEXT NOT NULL,
    PRIMARY KEY (variant_id, connection_id)
);

-- What a store has now against what publishing would write there, read for the approver of a
-- publish before anything is written: one row per product and store, replaced at every read.
CREATE TABLE store_previews (
    product_id     INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    connection_id  INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    read_at        INTEGER NOT NULL,
    diff           TEXT NOT NULL DEFAULT '{}', -- {"exists", "changes": [{field, variant, before, after}], "kept": {...}}
    error          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (product_id, connection_id)
);
