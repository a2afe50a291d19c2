-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, authz-change

-- ~ table public.notes: enable row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

-- ~ table public.notes: grant privileges [authz-change]
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE public.notes TO app_user;

-- ~ table public.notes: grant privileges [authz-change]
GRANT SELECT (author) ON TABLE public.notes TO auditor;

-- ~ table public.notes: grant privileges [authz-change]
GRANT SELECT (id) ON TABLE public.notes TO auditor;

-- + policy public.notes.own_notes: create policy [access-exclusive-lock, authz-change]
CREATE POLICY own_notes ON public.notes TO app_user USING ((author = CURRENT_USER));
