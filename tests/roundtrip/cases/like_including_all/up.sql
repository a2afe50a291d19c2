-- schemac migration: up
-- 4 steps; hazards: index-build

-- + table audit.archive: create table (5 columns, 2 constraints)
CREATE TABLE audit.archive (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    who text COLLATE pg_catalog."C" NOT NULL,
    detail jsonb,
    archived_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT archive_pkey PRIMARY KEY (id),
    CONSTRAINT entries_who_check CHECK ((who <> ''::text))
);
ALTER TABLE ONLY audit.archive ALTER COLUMN detail SET STORAGE EXTERNAL;
COMMENT ON COLUMN audit.archive.who IS 'the role that acted';
COMMENT ON COLUMN audit.archive.archived_at IS 'when the entry was archived';

-- + table audit.staging: create table (5 columns, 0 constraints)
CREATE TABLE audit.staging (
    batch integer,
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    who text COLLATE pg_catalog."C" NOT NULL,
    detail jsonb
);

-- + index audit.archive_archived_at_idx: create index [index-build]
CREATE INDEX archive_archived_at_idx ON audit.archive USING btree (archived_at);

-- + index audit.archive_at_idx: create index [index-build]
CREATE INDEX archive_at_idx ON audit.archive USING btree (at);
