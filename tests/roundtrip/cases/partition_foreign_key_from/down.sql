-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.orders: drop foreign key orders_customer_id_fkey [access-exclusive-lock]
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;

-- - table public.orders: drop column customer_id [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.orders DROP COLUMN customer_id;
