-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, index-build, validates-constraint

-- ~ table public.orders_eu: detach from public.orders, attach to public.archive FOR VALUES IN ('de', 'fr', 'it') [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.orders DETACH PARTITION public.orders_eu;
ALTER TABLE public.archive ATTACH PARTITION public.orders_eu FOR VALUES IN ('de', 'fr', 'it');
