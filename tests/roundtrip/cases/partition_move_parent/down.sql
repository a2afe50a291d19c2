-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, index-build, validates-constraint

-- ~ table public.orders_eu: detach from public.archive, attach to public.orders FOR VALUES IN ('de', 'fr', 'it') [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.archive DETACH PARTITION public.orders_eu;
ALTER TABLE public.orders ATTACH PARTITION public.orders_eu FOR VALUES IN ('de', 'fr', 'it');
