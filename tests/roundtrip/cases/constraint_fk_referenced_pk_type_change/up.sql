-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.customers: alter column id: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.customers ALTER COLUMN id TYPE bigint;

-- ~ table public.orders: alter column customer_id: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.orders ALTER COLUMN customer_id TYPE bigint;
