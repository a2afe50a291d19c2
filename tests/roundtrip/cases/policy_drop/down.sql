-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, authz-change

-- ~ table public.docs: enable row-level security, force row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;

-- + policy public.docs.insert_own: create policy [access-exclusive-lock, authz-change]
CREATE POLICY insert_own ON public.docs FOR INSERT WITH CHECK ((owner = CURRENT_USER));

-- + policy public.docs.no_delete: create policy [access-exclusive-lock, authz-change]
CREATE POLICY no_delete ON public.docs AS RESTRICTIVE FOR DELETE TO app_user, auditor USING (false);

-- + policy public.docs.owner_all: create policy [access-exclusive-lock, authz-change]
CREATE POLICY owner_all ON public.docs TO app_user USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));
COMMENT ON POLICY owner_all ON public.docs IS 'owners see theirs';

-- + policy public.docs.shared_read: create policy [access-exclusive-lock, authz-change]
CREATE POLICY shared_read ON public.docs FOR SELECT USING (shared);
