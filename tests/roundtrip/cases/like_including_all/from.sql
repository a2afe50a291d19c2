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
