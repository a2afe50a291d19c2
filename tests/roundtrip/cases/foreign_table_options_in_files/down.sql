-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.orders: change options [access-exclusive-lock]
ALTER FOREIGN TABLE public.orders OPTIONS (DROP schema_name, SET table_name 'orders');

-- ~ table public.orders: alter column id: change options [access-exclusive-lock]
ALTER FOREIGN TABLE public.orders ALTER COLUMN id OPTIONS (DROP column_name);

-- ~ table public.orders: alter column total: change options [access-exclusive-lock]
ALTER FOREIGN TABLE public.orders ALTER COLUMN total OPTIONS (DROP column_name);
