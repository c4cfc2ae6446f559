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
-- Counting a model's passage vectors (is the search's copy in memory current?) reads this index, not the vectors.
CREATE INDEX knowledge_vectors_kind ON knowledge_vectors(model, kind);
