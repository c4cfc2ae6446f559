-- Quorum schema version 13: the sales of paid orders summed per store variant and day, beside the
-- orders, so that the dashboard and the P&L read two years as one row per variant and day it sold
-- (and one per day for the orders themselves) instead of every order line. StoreIngest's writer keeps
-- them in the same transaction as the orders it writes: an order read again takes its old figures
-- out before it adds its new ones, so a page read twice or a resumed sync counts nothing twice. A
-- store connection that is removed takes its figures with it.
--
-- Days are local calendar days (SQLite's 'localtime', as the reports count them) as Julian day
-- numbers; the setting sales.rollup_zone names the time zone they were counted in, and the rollup is
-- counted again from the orders when that changes (SalesRollup::rebuild, the same statements as the
-- backfill below). Amounts stay in the shop's currency and are converted when read; the lines'
-- shares are in millionths of a cent so that adding and taking out is exact.

-- A store variant as its lines name it: which Quorum product it is is decided when read (links,
-- publications and SKUs can appear after the sale).
CREATE TABLE sales_keys (
    id                 INTEGER PRIMARY KEY,
    connection         INTEGER NOT NULL,   -- 0: an orders export
    product_remote_id  TEXT NOT NULL,
    variant_remote_id  TEXT NOT NULL,
    sku                TEXT NOT NULL,
    shop_currency      TEXT NOT NULL,
    name               TEXT NOT NULL,
    UNIQUE (connection, variant_remote_id, sku, shop_currency, product_remote_id, name)
);

-- Paid orders' lines per day their order was placed and key (day first: a page of orders touches
-- a day or two, so a few pages of the table, where key first would touch one per variant sold).
CREATE TABLE sales_lines_daily (
    day           INTEGER NOT NULL,
    key_id        INTEGER NOT NULL,
    units         INTEGER NOT NULL,
    net_micro     INTEGER NOT NULL,  -- after the lines' discounts, in the shop's currency at the order's rate
    refund_micro  INTEGER NOT NULL,  -- their share of their orders' refunds, by value
    PRIMARY KEY (day, key_id)
) WITHOUT ROWID;

-- Paid orders per day, store and shop currency: revenue, orders and units on the day they were
-- placed, refunds on the day they were given.
CREATE TABLE sales_days (
    day            INTEGER NOT NULL,
    connection     INTEGER NOT NULL,
    shop_currency  TEXT NOT NULL,
    revenue_cents  INTEGER NOT NULL DEFAULT 0,
    orders         INTEGER NOT NULL DEFAULT 0,
    units          INTEGER NOT NULL DEFAULT 0,
    refund_cents   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, connection, shop_currency)
) WITHOUT ROWID;

-- The lines were looked up by SKU only to sum them; the rollup does that now. Every page of orders
-- wrote into this index all over (a SKU is anywhere in it), which made a page's commit several times
-- the size of its rows.
DROP INDEX order_lines_sku;

CREATE TRIGGER sales_rollup_connection_removed AFTER DELETE ON connections BEGIN
    DELETE FROM sales_lines_daily WHERE key_id IN (SELECT id FROM sales_keys WHERE connection = old.id);
    DELETE FROM sales_keys WHERE connection = old.id;
    DELETE FROM sales_days WHERE connection = old.id;
END;

-- The orders already in.
INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, name)
SELECT DISTINCT COALESCE(o.connection_id, 0), l.product_remote_id, l.variant_remote_id, l.sku, o.shop_currency, l.name
FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.paid = 1;

INSERT INTO sales_lines_daily (day, key_id, units, net_micro, refund_micro)
SELECT CAST(julianday(date(o.created_at / 1000, 'unixepoch', 'localtime')) + 0.5 AS INTEGER) AS d, k.id,
    SUM(l.quantity),
    SUM(CAST(ROUND(l.total_cents * CASE WHEN o.currency = o.shop_currency OR o.total_cents = 0 THEN 1.0
        ELSE o.shop_total_cents * 1.0 / o.total_cents END * 1000000.0) AS INTEGER)),
    SUM(CASE WHEN rf.refund > 0 THEN COALESCE(CAST(ROUND(rf.refund * l.total_cents * 1.0 / NULLIF((SELECT
        SUM(x.total_cents) FROM order_lines x WHERE x.order_id = o.id), 0) * 1000000.0) AS INTEGER), 0) ELSE 0 END)
FROM orders o JOIN order_lines l ON l.order_id = o.id
JOIN sales_keys k ON k.connection = COALESCE(o.connection_id, 0) AND k.variant_remote_id = l.variant_remote_id
    AND k.sku = l.sku AND k.shop_currency = o.shop_currency AND k.product_remote_id = l.product_remote_id
    AND k.name = l.name
LEFT JOIN (SELECT order_id, SUM(shop_cents) AS refund FROM order_refunds GROUP BY order_id) rf ON rf.order_id = o.id
WHERE o.paid = 1 GROUP BY d, k.id;

INSERT INTO sales_days (day, connection, shop_currency, revenue_cents, orders, units)
SELECT CAST(julianday(date(o.created_at / 1000, 'unixepoch', 'localtime')) + 0.5 AS INTEGER) AS d,
    COALESCE(o.connection_id, 0) AS c, o.shop_currency, SUM(o.shop_total_cents), COUNT(*),
    SUM(COALESCE((SELECT SUM(l.quantity) FROM order_lines l WHERE l.order_id = o.id), 0))
FROM orders o WHERE o.paid = 1 GROUP BY d, c, o.shop_currency;

INSERT INTO sales_days (day, connection, shop_currency, refund_cents)
SELECT CAST(julianday(date(r.created_at / 1000, 'unixepoch', 'localtime')) + 0.5 AS INTEGER) AS d,
    COALESCE(o.connection_id, 0) AS c, o.shop_currency AS cur, SUM(r.shop_cents)
FROM order_refunds r JOIN orders o ON o.id = r.order_id WHERE o.paid = 1 GROUP BY d, c, cur
ON CONFLICT (day, connection, shop_currency) DO UPDATE SET refund_cents = excluded.refund_cents;
