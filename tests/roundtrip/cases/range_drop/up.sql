-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.t: drop column span [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.t DROP COLUMN span;

-- - table public.t: drop column spans [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.t DROP COLUMN spans;

-- - range type public.intspan: drop range type
DROP TYPE public.intspan;
