-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, authz-change

-- - policy public.docs.shared_read: drop policy to create it again [access-exclusive-lock]
DROP POLICY shared_read ON public.docs;

-- ~ policy public.docs.insert_own: alter policy: change WITH CHECK [access-exclusive-lock, authz-change]
ALTER POLICY insert_own ON public.docs TO PUBLIC WITH CHECK ((owner = SESSION_USER));

-- ~ policy public.docs.owner_all: alter policy: change roles, change USING, remove comment [access-exclusive-lock, authz-change]
ALTER POLICY owner_all ON public.docs TO app_user, auditor USING (((owner = CURRENT_USER) OR shared)) WITH CHECK ((owner = CURRENT_USER));
COMMENT ON POLICY owner_all ON public.docs IS NULL;

-- + policy public.docs.shared_read: create policy again [access-exclusive-lock, authz-change]
CREATE POLICY shared_read ON public.docs FOR UPDATE USING (shared);
