-- What the Review Desk read in each product review (sentiment, the topics it is about and their
-- tone), the Quorum product it is about when one is known, and where its reply stands. One row per
-- review, written once per review; the reply's state moves as its draft goes through the gate.
CREATE TABLE review_insights (
    review_id    INTEGER PRIMARY KEY REFERENCES product_reviews(id) ON DELETE CASCADE,
    product_id   INTEGER REFERENCES products(id) ON DELETE SET NULL,
    sentiment    TEXT NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    score        REAL NOT NULL,                -- -1 (very negative) .. 1 (very positive)
    topics       TEXT NOT NULL DEFAULT '{}',   -- {"fit": -1, "quality": 1}: each topic and its tone
    needs_reply  INTEGER NOT NULL DEFAULT 0,   -- a complaint, a low rating or a question
    reply_state  TEXT NOT NULL DEFAULT '' CHECK (reply_state IN ('', 'drafting', 'proposed', 'rejected', 'failed')),
    reply_note   TEXT NOT NULL DEFAULT '',     -- why a draft was not proposed, in the words of the run
    proposal_id  INTEGER REFERENCES action_proposals(id) ON DELETE SET NULL,
    analysed_at  INTEGER NOT NULL
);
CREATE INDEX review_insights_product ON review_insights(product_id);
-- A review names its product by the store's id: the store's sales under that id say which SKU it is.
CREATE INDEX sales_keys_product ON sales_keys(connection, product_remote_id);
