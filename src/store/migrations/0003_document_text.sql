-- A document's decoded text is not kept: its reports hold their texts, and the archive holds the
-- original bytes it was decoded from. Dropping it halves what an ingest writes for one-report documents.
ALTER TABLE documents DROP COLUMN text;
