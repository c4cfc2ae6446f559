-- Quorum schema version 22: competitors' prices, as the owner imports them from a price list, for the
-- Pricing agent. One row per SKU and competitor: a list imported again replaces the prices it names.
CREATE TABLE competitor_prices (
    sku          TEXT NOT NULL,
    competitor   TEXT NOT NULL,
    price_cents  INTEGER NOT NULL CHECK (price_cents > 0),
    currency     TEXT NOT NULL,
    seen_on      TEXT NOT NULL,    -- ISO date the price was seen (the import's day when the list says none)
    imported_at  INTEGER NOT NULL,
    PRIMARY KEY (sku, competitor)
);
