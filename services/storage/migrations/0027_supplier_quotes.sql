-- Quorum schema version 27: the owner's supplier list, as imported from a CSV, for the Supplier
-- vetting agent. One row per supplier and SKU it quotes for; a list imported again replaces the rows it
-- names. `current` marks who the shop buys the SKU from today (from the list, or set when a person
-- approves a new supplier for it).
CREATE TABLE supplier_quotes (
    supplier         TEXT NOT NULL,
    sku              TEXT NOT NULL,
    unit_cost_cents  INTEGER NOT NULL CHECK (unit_cost_cents > 0),
    currency         TEXT NOT NULL,
    lead_days        INTEGER NOT NULL CHECK (lead_days > 0),
    defect_pct       REAL,             -- NULL: not in the list
    rating           REAL,             -- 0 to 5; NULL: not in the list
    country          TEXT NOT NULL DEFAULT '',
    min_order_units  INTEGER,
    supplier_ref     TEXT NOT NULL DEFAULT '',
    current          INTEGER NOT NULL DEFAULT 0,
    imported_at      INTEGER NOT NULL,
    PRIMARY KEY (supplier, sku)
);
CREATE INDEX supplier_quotes_sku ON supplier_quotes (sku);
