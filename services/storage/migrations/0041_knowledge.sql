-- Quorum schema version 41: the knowledge base. The owner's documents (shipping, returns, care guides, size
-- charts, material and brand stories, FAQ) are kept with every version; the current version is split into
-- passages (chunks) that the writers are given and the claim checks cite. SQLite indexes them with FTS5 and
-- ranks by BM25; PostgreSQL with a text-search index, ranked by ts_rank_cd.
CREATE TABLE knowledge_documents (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    topic       TEXT NOT NULL DEFAULT 'other', -- shipping, returns, care, sizing, materials, brand, faq, other
    source      TEXT NOT NULL DEFAULT 'paste', -- paste, markdown, text, pdf, url
    origin      TEXT NOT NULL DEFAULT '',      -- the file's name or the page's address
    version     INTEGER NOT NULL DEFAULT 1,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);

-- Every version as it was saved (the current one included), so a citation of an older version can be read.
CREATE TABLE knowledge_versions (
    document_id INTEGER NOT NULL REFERENCES knowledge_documents(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    saved_at    INTEGER NOT NULL,
    saved_by    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, version)
);

-- The current version's passages, in order; each with its document's title, which the search weighs like a heading.
CREATE TABLE knowledge_chunks (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES knowledge_documents(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    heading     TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL
);
CREATE INDEX knowledge_chunks_document ON knowledge_chunks(document_id, ordinal);

-- quorum:sqlite-only
CREATE VIRTUAL TABLE knowledge_fts USING fts5(heading, text, tokenize = 'unicode61 remove_diacritics 2');
-- How many passages hold each word: a word in more than half of them weighs nothing in BM25 and is left out of a
-- search (it would only make the search rank every passage).
CREATE VIRTUAL TABLE knowledge_fts_vocab USING fts5vocab(knowledge_fts, 'row');
-- quorum:end
-- quorum:postgresql-only
CREATE INDEX knowledge_chunks_search ON knowledge_chunks USING GIN ((
    setweight(to_tsvector('simple', title || ' ' || heading), 'A') || setweight(to_tsvector('simple', text), 'B')));
-- quorum:end

-- What a content version cites: the passage and the document's version it was checked against. A newer version
-- of the document makes the citation stale (the piece may no longer say what the document says).
CREATE TABLE knowledge_citations (
    version_id       INTEGER NOT NULL,
    piece_id         INTEGER NOT NULL,
    chunk_id         INTEGER NOT NULL,
    document_id      INTEGER NOT NULL REFERENCES knowledge_documents(id) ON DELETE CASCADE,
    document_version INTEGER NOT NULL,
    stale            INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (version_id, chunk_id)
);
CREATE INDEX knowledge_citations_document ON knowledge_citations(document_id, document_version);
CREATE INDEX knowledge_citations_piece ON knowledge_citations(piece_id);
