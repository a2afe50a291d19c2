CREATE SCHEMA audit;
CREATE TABLE audit.entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamp with time zone NOT NULL DEFAULT now(),
    who text COLLATE "C" NOT NULL CHECK (who <> ''),
    detail jsonb
);
CREATE INDEX entries_at_idx ON audit.entries (at);
ALTER TABLE audit.entries ALTER COLUMN detail SET STORAGE EXTERNAL;
COMMENT ON COLUMN audit.entries.who IS 'the role that acted';
-- An archive with everything the entries have but their identity, and a column of its own; and a
-- staging table with the columns alone.
CREATE TABLE audit.archive (
    LIKE audit.entries INCLUDING ALL EXCLUDING IDENTITY,
    archived_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX archive_archived_at_idx ON audit.archive (archived_at);
COMMENT ON COLUMN audit.archive.archived_at IS 'when the entry was archived';
CREATE TABLE audit.staging (batch integer, LIKE audit.entries);
