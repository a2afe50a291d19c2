-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- - index public.orders_total_idx: drop index [access-exclusive-lock]
DROP INDEX public.orders_total_idx;
