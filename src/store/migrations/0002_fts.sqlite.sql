-- Substring search without word boundaries: trigram index for queries of 3+ characters.
CREATE VIRTUAL TABLE reports_fts USING fts5(
  search_text, content='reports', content_rowid='seq', tokenize='trigram'
);
CREATE TRIGGER reports_fts_ai AFTER INSERT ON reports BEGIN
  INSERT INTO reports_fts(rowid, search_text) VALUES (new.seq, new.search_text);
END;
CREATE TRIGGER reports_fts_ad AFTER DELETE ON reports BEGIN
  INSERT INTO reports_fts(reports_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;
CREATE TRIGGER reports_fts_au AFTER UPDATE OF search_text ON reports BEGIN
  INSERT INTO reports_fts(reports_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
  INSERT INTO reports_fts(rowid, search_text) VALUES (new.seq, new.search_text);
END;

-- Two-character queries (漏洩, 紛失, PC): overlapping bigrams of letters and digits, one token each.
CREATE VIRTUAL TABLE reports_bigram USING fts5(
  bi, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0'
);
