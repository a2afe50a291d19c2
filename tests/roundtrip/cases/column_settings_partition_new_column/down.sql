-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.readings: drop column note [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.readings DROP COLUMN note;
