-- Quorum schema version 10: the shop's own data, synced from its stores. Orders with their lines
-- and refunds, customers, stock per variant and location, and reviews, each keyed by the store's
-- own id so a page read twice (a retry, a resumed sync) replaces rows instead of adding them.
-- Amounts are minor units in the order's (presentment) currency, and in the shop's currency where
-- the store says what the order was worth there.

CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    connection_id   INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    remote_id       TEXT NOT NULL,
    name            TEXT NOT NULL DEFAULT '',   -- personal data (erasable)
    email           TEXT NOT NULL DEFAULT '',   -- personal data (erasable)
    country         TEXT NOT NULL DEFAULT '',
    first_order_at  INTEGER,
    last_order_at   INTEGER,
    created_at      INTEGER,
    updated_at      INTEGER NOT NULL,
    erased_at       INTEGER,
    UNIQUE (connection_id, remote_id)
);

CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY,
    connection_id       INTEGER REFERENCES connections(id) ON DELETE CASCADE, -- NULL: from an orders export
    source              TEXT NOT NULL,           -- woocommerce, shopify, shopify-csv
    remote_id           TEXT NOT NULL,
    number              TEXT NOT NULL DEFAULT '',
    store_status        TEXT NOT NULL DEFAULT '',
    paid                INTEGER NOT NULL,        -- counts as a sale (paid, authorised, refunded later)
    currency            TEXT NOT NULL,
    total_cents         INTEGER NOT NULL,
    tax_cents           INTEGER NOT NULL DEFAULT 0,
    shipping_cents      INTEGER NOT NULL DEFAULT 0,
    discount_cents      INTEGER NOT NULL DEFAULT 0,
    refunded_cents      INTEGER NOT NULL DEFAULT 0,
    shop_currency       TEXT NOT NULL,
    shop_total_cents    INTEGER NOT NULL,
    customer_remote_id  TEXT NOT NULL DEFAULT '',
    name                TEXT NOT NULL DEFAULT '', -- personal data (erasable)
    email               TEXT NOT NULL DEFAULT '', -- personal data (erasable)
    country             TEXT NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    synced_at           INTEGER NOT NULL
);
CREATE UNIQUE INDEX orders_remote ON orders(source, COALESCE(connection_id, 0), remote_id);
CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_customer ON orders(connection_id, customer_remote_id);

CREATE TABLE order_lines (
    id                 INTEGER PRIMARY KEY,
    order_id           INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    remote_id          TEXT NOT NULL DEFAULT '',
    product_remote_id  TEXT NOT NULL DEFAULT '',
    variant_remote_id  TEXT NOT NULL DEFAULT '',
    sku                TEXT NOT NULL DEFAULT '',
    name               TEXT NOT NULL DEFAULT '',
    quantity           INTEGER NOT NULL,
    unit_price_cents   INTEGER NOT NULL,   -- before discounts
    total_cents        INTEGER NOT NULL,   -- after the line's discounts, before tax
    tax_cents          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_sku ON order_lines(sku) WHERE sku <> '';

CREATE TABLE order_refunds (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    remote_id     TEXT NOT NULL,
    amount_cents  INTEGER NOT NULL,          -- in the order's currency
    shop_cents    INTEGER NOT NULL,          -- in the shop's currency
    created_at    INTEGER NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    UNIQUE (order_id, remote_id)
);
CREATE INDEX order_refunds_created ON order_refunds(created_at);

-- Stock per store variant and location, as the store last said.
CREATE TABLE inventory_levels (
    connection_id      INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    variant_remote_id  TEXT NOT NULL,
    location_id        TEXT NOT NULL DEFAULT '',
    location_name      TEXT NOT NULL DEFAULT '',
    sku                TEXT NOT NULL DEFAULT '',
    available          INTEGER,
    updated_at         INTEGER NOT NULL,
    PRIMARY KEY (connection_id, variant_remote_id, location_id)
);
CREATE INDEX inventory_sku ON inventory_levels(sku) WHERE sku <> '';

CREATE TABLE product_reviews (
    id             INTEGER PRIMARY KEY,
    connection_id  INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    remote_id      TEXT NOT NULL,
    product_remote_id TEXT NOT NULL,
    rating         INTEGER NOT NULL,
    reviewer       TEXT NOT NULL DEFAULT '', -- personal data (erasable)
    body           TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    UNIQUE (connection_id, remote_id)
);

-- Where each sync of a store and resource stands: the window it reads and the pages already in, so
-- a sync that is stopped or killed resumes where it was.
CREATE TABLE sync_state (
    connection_id  INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    resource       TEXT NOT NULL,            -- orders, customers, products, reviews
    since          TEXT NOT NULL DEFAULT '', -- everything changed up to here is in
    run            TEXT NOT NULL DEFAULT '{}', -- the running sync: {"until", "pages", "done": [...], "cursor"}
    rows           INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT NOT NULL DEFAULT '',
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (connection_id, resource)
);
