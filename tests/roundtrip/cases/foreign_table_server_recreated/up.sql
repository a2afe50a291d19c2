-- schemac migration: up
-- 7 steps; hazards: access-exclusive-lock, authz-change

-- - view public.big_orders: drop view to create it again
DROP VIEW public.big_orders;

-- - table public.archived_orders: drop foreign table to create it again around what it uses (its server, its wrapper, a type), which is created again [access-exclusive-lock]
DROP FOREIGN TABLE public.archived_orders;

-- - server archive: drop server to create it again
DROP SERVER archive;

-- + server archive: create server again
CREATE SERVER archive FOREIGN DATA WRAPPER second_kind OPTIONS (host 'a');

-- + table public.archived_orders: create foreign table (3 columns, 0 constraints)
CREATE FOREIGN TABLE public.archived_orders (
    id bigint NOT NULL,
    total numeric(12,2) OPTIONS (column_name 'total'),
    placed date
) SERVER archive OPTIONS (table_name 'orders_v2');
COMMENT ON FOREIGN TABLE public.archived_orders IS 'orders in the archive';

-- ~ table public.archived_orders: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE public.archived_orders TO app_user;

-- + view public.big_orders: create view again
CREATE VIEW public.big_orders (id) AS
SELECT archived_orders.id
   FROM public.archived_orders
  WHERE (archived_orders.total > (100)::numeric);
