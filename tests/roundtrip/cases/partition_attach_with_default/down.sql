-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.orders_us: detach from public.orders [access-exclusive-lock]
ALTER TABLE public.orders DETACH PARTITION public.orders_us;
