-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - function public.width(public.floatrange): drop function
DROP FUNCTION public.width(public.floatrange);

-- - table public.readings: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.readings;

-- - range type public.floatrange: drop range type
DROP TYPE public.floatrange;
