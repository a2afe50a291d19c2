-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, index-build, irreversible-down, table-rewrite, validates-constraint

-- - index public.orders_open_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX public.orders_open_idx;

-- - table public.orders: drop check constraint orders_shipped_check to add it again [access-exclusive-lock]
ALTER TABLE public.orders DROP CONSTRAINT orders_shipped_check;

-- ~ enum type public.order_status: recreate without value 'on_hold' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.order_status RENAME TO order_status_old;
CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped');
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;
DROP TYPE public.order_status_old;

-- + table public.orders: add again check constraint orders_shipped_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.orders ADD CONSTRAINT orders_shipped_check CHECK (((status <> 'shipped'::public.order_status) OR (shipped_at IS NOT NULL)));

-- + index public.orders_open_idx: create index again [index-build]
CREATE INDEX orders_open_idx ON public.orders USING btree (id) WHERE (status = 'pending'::public.order_status);
