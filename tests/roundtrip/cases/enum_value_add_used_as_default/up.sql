-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ enum type public.order_status: recreate with the new values (this migration uses them, and PostgreSQL cannot use a value in the transaction that adds it) [table-rewrite, access-exclusive-lock]
ALTER TYPE public.order_status RENAME TO order_status_old;
CREATE TYPE public.order_status AS ENUM ('draft', 'pending', 'paid', 'shipped');
ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;
ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'draft'::public.order_status;
DROP TYPE public.order_status_old;
