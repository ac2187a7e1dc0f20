-- Originals as archived (the bytes live in the archive folder, addressed by sha256).
CREATE TABLE sources (
  sha256      TEXT PRIMARY KEY,
  size        INTEGER NOT NULL,
  origin      TEXT NOT NULL,
  encoding    TEXT,
  format      TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- One logical document (a path or a release URL); its current version points at a source.
CREATE TABLE documents (
  key        TEXT PRIMARY KEY,
  source     TEXT NOT NULL REFERENCES sources(sha256),
  origin     TEXT NOT NULL,
  format     TEXT NOT NULL,
  encoding   TEXT,
  metadata   TEXT NOT NULL,
  text       TEXT NOT NULL,
  version    INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE document_versions (
  document_key TEXT NOT NULL REFERENCES documents(key),
  version      INTEGER NOT NULL,
  source       TEXT NOT NULL REFERENCES sources(sha256),
  ingested_at  TEXT NOT NULL,
  PRIMARY KEY (document_key, version)
);

-- One announcement cut from a document, with its extraction record.
CREATE TABLE reports (
  seq               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  document_key      TEXT NOT NULL REFERENCES documents(key),
  report_key        TEXT NOT NULL,
  ordinal           INTEGER NOT NULL,
  source            TEXT NOT NULL REFERENCES sources(sha256),
  start             INTEGER NOT NULL,
  "end"             INTEGER NOT NULL,
  line              INTEGER NOT NULL,
  title             TEXT NOT NULL,
  text              TEXT NOT NULL,
  metadata          TEXT NOT NULL,
  search_text       TEXT NOT NULL,
  extractor_version TEXT,
  extraction        TEXT,
  casebook_id       TEXT,
  organization      TEXT,
  org_type          TEXT,
  announced_on      TEXT,
  affected          INTEGER,
  is_incident       INTEGER,
  leak              TEXT,
  misuse            TEXT,
  follow_up         INTEGER,
  sort_date         TEXT,
  UNIQUE (document_key, report_key)
);
CREATE INDEX reports_sort_date ON reports (sort_date DESC, seq DESC);
CREATE INDEX reports_organization ON reports (organization);
CREATE INDEX reports_affected ON reports (affected DESC);

-- Facet values of each report (category, data_type, org_type, year, month…), for counts and filters.
CREATE TABLE report_facets (
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  seq   INTEGER NOT NULL REFERENCES reports(seq) ON DELETE CASCADE,
  PRIMARY KEY (field, value, seq)
) WITHOUT ROWID;
CREATE INDEX report_facets_seq ON report_facets (seq);
