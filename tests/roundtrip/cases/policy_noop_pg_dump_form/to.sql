-- The same policies as pg_dump writes them: qualified names, expressions in parentheses, the
-- defaults spelled out.
CREATE TABLE public.docs (
    id integer NOT NULL,
    owner text DEFAULT CURRENT_USER NOT NULL,
    body text,
    shared boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY public.docs ADD CONSTRAINT docs_pkey PRIMARY KEY (id);
CREATE POLICY insert_own ON public.docs FOR INSERT WITH CHECK ((owner = CURRENT_USER));
CREATE POLICY no_delete ON public.docs AS RESTRICTIVE FOR DELETE TO app_user, auditor USING (false);
CREATE POLICY owner_all ON public.docs TO app_user USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));
COMMENT ON POLICY owner_all ON public.docs IS 'owners see theirs';
CREATE POLICY shared_read ON public.docs FOR SELECT USING (shared);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;
