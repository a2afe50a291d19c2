-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.customers: alter column id: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.customers ALTER COLUMN id TYPE integer;

-- ~ table public.orders: alter column customer_id: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.orders ALTER COLUMN customer_id TYPE integer;
