-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ enum type public.order_status: recreate without value 'draft' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.order_status RENAME TO order_status_old;
CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped');
ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;
ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'pending'::public.order_status;
DROP TYPE public.order_status_old;
