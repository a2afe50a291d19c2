-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, authz-change

-- - policy public.docs.visible: drop policy to create it again [access-exclusive-lock]
DROP POLICY visible ON public.docs;

-- - function public.may_see(text): drop function to create it again
DROP FUNCTION public.may_see(text);

-- + function public.may_see(text): create function again
CREATE OR REPLACE FUNCTION public.may_see(owner text)
 RETURNS boolean
 LANGUAGE sql
 STABLE
RETURN (owner = CURRENT_USER);

-- + policy public.docs.visible: create policy again [access-exclusive-lock, authz-change]
CREATE POLICY visible ON public.docs USING (public.may_see(owner));
