-- schemac migration: up
-- 2 steps; no hazards

-- ~ view public.totals: alter view: replace query
CREATE OR REPLACE VIEW public.totals (total) AS
SELECT (sum(t.v))::integer AS total
   FROM public.t;

-- - aggregate public.total(integer): drop aggregate
DROP AGGREGATE public.total(integer);
