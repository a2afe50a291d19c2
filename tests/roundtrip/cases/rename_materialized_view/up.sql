-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ materialized view public.sums: rename materialized view "totals" to "sums" [access-exclusive-lock]
ALTER MATERIALIZED VIEW public.totals RENAME TO sums;
