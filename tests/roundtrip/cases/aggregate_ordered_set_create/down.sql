-- schemac migration: down
-- 4 steps; no hazards

-- - view public.score_summary: drop view
DROP VIEW public.score_summary;

-- - aggregate public.most_common(anyelement): drop aggregate
DROP AGGREGATE public.most_common(anyelement);

-- - aggregate public.pct(double precision, double precision): drop aggregate
DROP AGGREGATE public.pct(double precision, double precision);

-- - aggregate public."rank of"("any"): drop aggregate
DROP AGGREGATE public."rank of"("any");
