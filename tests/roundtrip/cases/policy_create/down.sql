-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, authz-change

-- - policy public.docs.insert_own: drop policy [access-exclusive-lock, authz-change]
DROP POLICY insert_own ON public.docs;

-- - policy public.docs.no_delete: drop policy [access-exclusive-lock, authz-change]
DROP POLICY no_delete ON public.docs;

-- - policy public.docs.owner_all: drop policy [access-exclusive-lock, authz-change]
DROP POLICY owner_all ON public.docs;

-- - policy public.docs.shared_read: drop policy [access-exclusive-lock, authz-change]
DROP POLICY shared_read ON public.docs;

-- ~ table public.docs: disable row-level security, no longer force row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.docs DISABLE ROW LEVEL SECURITY;
ALTER TABLE public.docs NO FORCE ROW LEVEL SECURITY;
