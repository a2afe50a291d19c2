-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down, validates-constraint

-- - table public.orders_us: drop table (detached from public.orders first: foreign keys reference that table) [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.orders DETACH PARTITION public.orders_us;
DROP TABLE public.orders_us;

-- ~ table public.orders_eu: detach from public.orders, attach to public.orders FOR VALUES IN ('eu', 'uk'), foreign key lines_order_id_region_fkey of public.lines dropped and added again around it [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.lines DROP CONSTRAINT lines_order_id_region_fkey;
ALTER TABLE public.orders DETACH PARTITION public.orders_eu;
ALTER TABLE public.orders ATTACH PARTITION public.orders_eu FOR VALUES IN ('eu', 'uk');
ALTER TABLE public.lines ADD CONSTRAINT lines_order_id_region_fkey FOREIGN KEY (order_id, region) REFERENCES public.orders(id, region);
