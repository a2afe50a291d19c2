-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events: drop column detail [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events DROP COLUMN detail;

-- - table public.archive: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.archive;
