-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- ~ event trigger no_drops: disable, remove comment
ALTER EVENT TRIGGER no_drops DISABLE;
COMMENT ON EVENT TRIGGER no_drops IS NULL;

-- - table public.kept: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.kept;

-- + table public.added: create table (2 columns, 0 constraints)
CREATE TABLE public.added (
    id integer,
    note text
);
