-- schemac migration: up
-- 1 step; no hazards

-- ~ enum type public.order_status: add values
ALTER TYPE public.order_status ADD VALUE 'pending' BEFORE 'paid';
ALTER TYPE public.order_status ADD VALUE 'packed' BEFORE 'shipped';
ALTER TYPE public.order_status ADD VALUE 'delivered' AFTER 'shipped';
ALTER TYPE public.order_status ADD VALUE 'returned' AFTER 'delivered';
