-- schemac migration: down
-- 3 steps; no hazards

-- - view public.all_pairs: drop view
DROP VIEW public.all_pairs;

-- - function public.pairs(): drop function
DROP FUNCTION public.pairs();

-- - composite type public.pair: drop composite type
DROP TYPE public.pair;
