-- schemac migration: down
-- 6 steps; no hazards

-- - aggregate public.biggest(integer): drop aggregate
DROP AGGREGATE public.biggest(integer);

-- - aggregate public.mean(numeric): drop aggregate
DROP AGGREGATE public.mean(numeric);

-- - function public.avg_combine(numeric[], numeric[]): drop function
DROP FUNCTION public.avg_combine(numeric[], numeric[]);

-- - function public.avg_final(numeric[]): drop function
DROP FUNCTION public.avg_final(numeric[]);

-- - function public.avg_step(numeric[], numeric): drop function
DROP FUNCTION public.avg_step(numeric[], numeric);

-- - function public.avg_unstep(numeric[], numeric): drop function
DROP FUNCTION public.avg_unstep(numeric[], numeric);
