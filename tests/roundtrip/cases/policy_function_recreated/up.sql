-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, authz-change

-- - policy public.docs.visible: drop policy to create it again [access-exclusive-lock]
DROP POLICY visible ON public.docs;

-- - function public.may_see(text): drop function to create it again
DROP FUNCTION public.may_see(text);

-- + function public.may_see(text): create function again
CREATE OR REPLACE FUNCTION public.may_see(owner text)
 RETURNS integer
 LANGUAGE sql
 STABLE
RETURN CASE WHEN (owner = CURRENT_USER) THEN 1 ELSE 0 END;

-- + policy public.docs.visible: create policy again [access-exclusive-lock, authz-change]
CREATE POLICY visible ON public.docs USING ((public.may_see(owner) = 1));
