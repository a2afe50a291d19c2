-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - function public.covers(public.groups, smallint): drop function
DROP FUNCTION public.covers(public.groups, smallint);

-- - index public.groups_ages: drop index [access-exclusive-lock]
DROP INDEX public.groups_ages;

-- - table public.groups: drop column gaps [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.groups DROP COLUMN gaps;
