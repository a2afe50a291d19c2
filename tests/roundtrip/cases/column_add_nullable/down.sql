-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.people: drop column birth_date [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN birth_date;

-- - table public.people: drop column nickname [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN nickname;
