-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, authz-change

-- ~ table public.a: enable row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.a ENABLE ROW LEVEL SECURITY;

-- ~ table public.b: force row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.b FORCE ROW LEVEL SECURITY;

-- ~ table public.c: disable row-level security, no longer force row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.c DISABLE ROW LEVEL SECURITY;
ALTER TABLE public.c NO FORCE ROW LEVEL SECURITY;
