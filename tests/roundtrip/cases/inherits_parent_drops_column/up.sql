-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - index public.logins_source_idx: drop index [access-exclusive-lock]
DROP INDEX public.logins_source_idx;

-- - table public.events: drop column note [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE ONLY public.events DROP COLUMN note;

-- - table public.events: drop column source [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events DROP COLUMN source;
