-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- - trigger public.orders.orders_touch: drop trigger [access-exclusive-lock]
DROP TRIGGER orders_touch ON public.orders;
