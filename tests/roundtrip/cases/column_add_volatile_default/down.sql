-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.people: drop column created_at [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN created_at;

-- - table public.people: drop column public_id [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN public_id;
