-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, authz-change

-- - policy public.orders_eu.big_only: drop policy [access-exclusive-lock, authz-change]
DROP POLICY big_only ON public.orders_eu;

-- ~ table public.orders_eu: disable row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.orders_eu DISABLE ROW LEVEL SECURITY;
