-- Quorum schema version 30: the index on the orders' e-mail addresses goes. Every order a store sync
-- writes dirtied a random page of it (a third of the ingest's time); the fraud agent now reads the
-- addresses it scores in one pass per run instead.
DROP INDEX IF EXISTS orders_email;
