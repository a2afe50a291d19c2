-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- + table public.archive: create table (3 columns, 0 constraints)
CREATE TABLE public.archive (
    id integer,
    blob bytea COMPRESSION pglz,
    note text
);
ALTER TABLE ONLY public.archive ALTER COLUMN id SET STATISTICS 0;
ALTER TABLE ONLY public.archive ALTER COLUMN note SET STORAGE PLAIN;

-- + table public.events: add column detail text COMPRESSION lz4 [access-exclusive-lock]
ALTER TABLE public.events ADD COLUMN detail text COMPRESSION lz4;
ALTER TABLE ONLY public.events ALTER COLUMN detail SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.events ALTER COLUMN detail SET STATISTICS 200;
