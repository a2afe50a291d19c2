-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- - table public.order_lines: drop foreign key order_lines_order_id_fkey to add it again [access-exclusive-lock]
ALTER TABLE public.order_lines DROP CONSTRAINT order_lines_order_id_fkey;

-- + table public.order_lines: add again foreign key order_lines_order_id_fkey [validates-constraint]
ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;
