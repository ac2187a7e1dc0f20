-- Substring search without word boundaries: an index of the overlapping pairs of letters and digits
-- of each report's normalised text, one token each. A query of two or more characters selects the
-- reports holding all its pairs; `instr` on `search_text` then keeps exactly those containing it.
-- (A trigram index answers the same queries but costs several times more to build.)
CREATE VIRTUAL TABLE reports_bigram USING fts5(
  bi, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0'
);
