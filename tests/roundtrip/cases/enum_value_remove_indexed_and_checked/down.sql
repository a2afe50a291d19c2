-- schemac migration: down
-- 1 step; no hazards

-- ~ enum type public.order_status: add value
ALTER TYPE public.order_status ADD VALUE 'on_hold' BEFORE 'shipped';
