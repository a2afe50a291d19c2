-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, authz-change, table-rewrite

-- - policy public.docs.low_level: drop policy to create it again [access-exclusive-lock]
DROP POLICY low_level ON public.docs;

-- ~ table public.docs: alter column level: type smallint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.docs ALTER COLUMN level DROP DEFAULT;
ALTER TABLE public.docs ALTER COLUMN level TYPE integer;
ALTER TABLE ONLY public.docs ALTER COLUMN level SET DEFAULT 0;

-- + policy public.docs.low_level: create policy again [access-exclusive-lock, authz-change]
CREATE POLICY low_level ON public.docs FOR SELECT TO app_user USING ((level < 3));
