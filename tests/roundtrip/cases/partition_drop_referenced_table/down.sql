-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- ~ table public.orders_eu: detach from public.orders, attach to public.orders FOR VALUES IN ('eu'), foreign key lines_order_id_region_fkey of public.lines dropped and added again around it [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.lines DROP CONSTRAINT lines_order_id_region_fkey;
ALTER TABLE public.orders DETACH PARTITION public.orders_eu;
ALTER TABLE public.orders ATTACH PARTITION public.orders_eu FOR VALUES IN ('eu');
ALTER TABLE public.lines ADD CONSTRAINT lines_order_id_region_fkey FOREIGN KEY (order_id, region) REFERENCES public.orders(id, region);

-- + table public.orders_us: create table as partition of public.orders (0 constraints)
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
