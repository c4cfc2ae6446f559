-- Quorum schema version 21: demand forecasts and the CEO's business health.
--
-- The Demand Forecast agent's latest fit per SKU (the sum of its variant's
-- sales in every store), what the product detail's forecast chart and the reorder proposals read.
-- Days are the rollup's local days (Julian day numbers, as in sales_lines_daily).
CREATE TABLE demand_forecasts (
    sku           TEXT PRIMARY KEY,
    product_id    INTEGER REFERENCES products(id) ON DELETE CASCADE, -- NULL: a SKU no product of Quorum's has
    method        TEXT NOT NULL CHECK (method IN ('holt_winters', 'croston')),
    alpha         REAL NOT NULL,
    beta          REAL NOT NULL,
    gamma         REAL NOT NULL,
    history_from  INTEGER NOT NULL,  -- the first day of the series it was fit on
    history_days  INTEGER NOT NULL,
    adi           REAL NOT NULL,     -- average days per day with a sale
    mase          REAL,              -- the backtest's error; NULL when the naive forecast never erred
    rmse          REAL NOT NULL,     -- the backtest's root mean squared daily error, in units
    forecast      TEXT NOT NULL,     -- JSON array: units per day from history_from + history_days on
    fitted_at     INTEGER NOT NULL
);
CREATE INDEX demand_forecasts_product ON demand_forecasts(product_id);

-- The CEO's measurements of the month against the owner's goals (BusinessHealth::Report as JSON, in
-- the language of the process that made it), newest last; the dashboard shows the latest. Kept for 90
-- days.
CREATE TABLE business_health (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    report  TEXT NOT NULL
);
