-- schemac migration: up
-- 1 step; no hazards

-- ~ enum type public.order_status: add value
ALTER TYPE public.order_status ADD VALUE 'packed' BEFORE 'shipped';
