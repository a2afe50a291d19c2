-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ materialized view public.totals: rename materialized view "sums" to "totals" [access-exclusive-lock]
ALTER MATERIALIZED VIEW public.sums RENAME TO totals;
