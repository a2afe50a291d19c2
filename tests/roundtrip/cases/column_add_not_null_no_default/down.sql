-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.people: drop column country_code [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN country_code;
