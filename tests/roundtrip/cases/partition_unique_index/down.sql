-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - index public.orders_big_idx: drop index [access-exclusive-lock]
DROP INDEX public.orders_big_idx;

-- - index public.orders_region_id_key: drop index [access-exclusive-lock]
DROP INDEX public.orders_region_id_key;
