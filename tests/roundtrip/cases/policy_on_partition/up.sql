-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, authz-change

-- ~ table public.orders_eu: enable row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.orders_eu ENABLE ROW LEVEL SECURITY;

-- + policy public.orders_eu.big_only: create policy [access-exclusive-lock, authz-change]
CREATE POLICY big_only ON public.orders_eu TO app_user USING ((total > (100)::numeric));
