-- Quorum schema version 5: publishing. Connections to stores and sites hold no secret: their
-- credentials live in the OS keychain, and secret_index only names the keychain entries each
-- connection owns, so removing a connection removes its secrets. A publication is what was
-- published where, with the external id and URL, once per product, connection and target.

CREATE TABLE connections (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('woocommerce', 'wordpress', 'shopify')),
    name         TEXT NOT NULL,
    url          TEXT NOT NULL,           -- site or store URL; the shop domain for Shopify
    account      TEXT NOT NULL DEFAULT '', -- the WordPress user; empty otherwise
    api_version  TEXT NOT NULL DEFAULT '',
    media_site   INTEGER REFERENCES connections(id) ON DELETE SET NULL, -- WooCommerce: the WordPress login for media
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE secret_index (
    key            TEXT PRIMARY KEY,      -- the keychain entry's name, never its value
    connection_id  INTEGER REFERENCES connections(id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL
);

CREATE TABLE publications (
    id             INTEGER PRIMARY KEY,
    product_id     INTEGER REFERENCES products(id) ON DELETE CASCADE,
    site_id        INTEGER REFERENCES sites(id) ON DELETE CASCADE,
    connection_id  INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    target         TEXT NOT NULL CHECK (target IN ('product', 'post', 'page')),
    external_id    TEXT NOT NULL DEFAULT '',
    url            TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'published', 'draft', 'failed')),
    content_hash   TEXT NOT NULL DEFAULT '',
    media          TEXT NOT NULL DEFAULT '[]', -- uploaded media: [{"file", "id", "url"}]
    error          TEXT NOT NULL DEFAULT '',
    published_at   INTEGER,
    updated_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX publications_product ON publications(product_id, connection_id, target) WHERE product_id IS NOT NULL;
CREATE UNIQUE INDEX publications_site ON publications(site_id, connection_id, target) WHERE site_id IS NOT NULL;
