-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.added: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.added;

-- + table public.kept: create table (1 column, 0 constraints)
CREATE TABLE public.kept (
    id integer
);

-- ~ event trigger no_drops: enable, set comment
ALTER EVENT TRIGGER no_drops ENABLE;
COMMENT ON EVENT TRIGGER no_drops IS 'guards drops';
