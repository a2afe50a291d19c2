-- schemac migration: down
-- 4 steps; no hazards

-- - aggregate public.concat_all(text): drop aggregate
DROP AGGREGATE public.concat_all(text);

-- - view public.customer_totals: drop view
DROP VIEW public.customer_totals;

-- - aggregate public.positive_sum(numeric): drop aggregate
DROP AGGREGATE public.positive_sum(numeric);

-- - function public.add_positive(numeric, numeric): drop function
DROP FUNCTION public.add_positive(numeric, numeric);
