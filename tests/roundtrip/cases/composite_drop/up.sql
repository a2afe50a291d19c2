-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.t: drop column r [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.t DROP COLUMN r;

-- - composite type public.range_pair: drop composite type
DROP TYPE public.range_pair;
