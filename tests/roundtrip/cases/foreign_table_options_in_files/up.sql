-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.orders: change options [access-exclusive-lock]
ALTER FOREIGN TABLE public.orders OPTIONS (ADD schema_name 'sales', SET table_name 'all_orders');

-- ~ table public.orders: alter column id: change options [access-exclusive-lock]
ALTER FOREIGN TABLE public.orders ALTER COLUMN id OPTIONS (ADD column_name 'order_id');

-- ~ table public.orders: alter column total: change options [access-exclusive-lock]
ALTER FOREIGN TABLE public.orders ALTER COLUMN total OPTIONS (ADD column_name 'amount');
