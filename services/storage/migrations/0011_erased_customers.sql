-- Quorum schema version 11: customers whose personal data the owner erased. Their orders stay (the
-- figures need them) with the name and email blanked, and the stores still hold both, so the next
-- sync must recognise the person again without Quorum keeping who it was: by the store's customer id,
-- and for guest orders by a keyed hash of the email address (HMAC-SHA256 with a key of this workspace)
-- instead of the address itself.
CREATE TABLE erased_customers (
    id                  INTEGER PRIMARY KEY,
    connection_id       INTEGER REFERENCES connections(id) ON DELETE CASCADE, -- NULL: an orders export
    customer_remote_id  TEXT NOT NULL DEFAULT '',
    email_key           TEXT NOT NULL DEFAULT '',
    erased_at           INTEGER NOT NULL
);
CREATE INDEX erased_customers_email ON erased_customers(email_key) WHERE email_key <> '';
