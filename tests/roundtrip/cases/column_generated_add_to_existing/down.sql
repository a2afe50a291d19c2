-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- - table public.people: drop column full_name [access-exclusive-lock]
ALTER TABLE public.people DROP COLUMN full_name;
