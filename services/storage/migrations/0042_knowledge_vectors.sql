-- Quorum schema version 42: meaning search over the knowledge base. Where the workspace names an embedding model
-- (Settings → Knowledge), every passage is embedded once per model and text: a vector is found by the hash of the
-- text it was made from, so a new version of a document embeds only the passages that changed. The writers' search
-- queries are embedded too (kind 'query'). Vectors are float32, little-endian, scaled to length 1.
ALTER TABLE knowledge_chunks ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX knowledge_chunks_hash ON knowledge_chunks(text_hash);

CREATE TABLE knowledge_vectors (
    model      TEXT NOT NULL,
    text_hash  TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'passage', -- passage | query
    dims       INTEGER NOT NULL,
    vector     BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (model, text_hash)
);
-- Changed with every passage or passage vector added or removed: the search's copy of the vectors in memory is
-- current while it is the same (passage ids alone cannot say so: SQLite gives a deleted passage's id again).
CREATE TABLE knowledge_generation (
    id         INTEGER PRIMARY KEY,
    generation INTEGER NOT NULL
);
INSERT INTO knowledge_generation (id, generation) VALUES (1, 0);
