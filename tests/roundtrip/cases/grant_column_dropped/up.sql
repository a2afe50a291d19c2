-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.accounts: drop column pin [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.accounts DROP COLUMN pin;
