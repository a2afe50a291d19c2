-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events: drop column id [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events DROP COLUMN id;
