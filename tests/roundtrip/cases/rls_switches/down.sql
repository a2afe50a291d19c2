-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, authz-change

-- ~ table public.a: disable row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.a DISABLE ROW LEVEL SECURITY;

-- ~ table public.b: no longer force row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.b NO FORCE ROW LEVEL SECURITY;

-- ~ table public.c: enable row-level security, force row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.c ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.c FORCE ROW LEVEL SECURITY;
