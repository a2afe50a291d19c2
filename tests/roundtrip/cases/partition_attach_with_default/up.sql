-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- - table public.orders_us: drop primary key orders_us_pkey [access-exclusive-lock]
ALTER TABLE public.orders_us DROP CONSTRAINT orders_us_pkey;

-- ~ table public.orders_us: attach to public.orders FOR VALUES IN ('us') [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.orders ATTACH PARTITION public.orders_us FOR VALUES IN ('us');
