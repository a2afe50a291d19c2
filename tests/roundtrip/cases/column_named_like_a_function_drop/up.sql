-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.people: drop column lower [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN lower;
