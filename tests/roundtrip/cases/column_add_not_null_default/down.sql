-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.people: drop column active [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN active;

-- - table public.people: drop column score [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN score;
