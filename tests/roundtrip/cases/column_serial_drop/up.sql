-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.tickets: drop column number [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.tickets DROP COLUMN number;
