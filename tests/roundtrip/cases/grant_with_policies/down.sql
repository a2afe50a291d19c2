-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, authz-change

-- - policy public.notes.own_notes: drop policy [access-exclusive-lock, authz-change]
DROP POLICY own_notes ON public.notes;

-- ~ table public.notes: disable row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY;

-- ~ table public.notes: revoke privileges [authz-change]
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE public.notes FROM app_user;

-- ~ table public.notes: revoke privileges [authz-change]
REVOKE SELECT (author) ON TABLE public.notes FROM auditor;

-- ~ table public.notes: revoke privileges [authz-change]
REVOKE SELECT (id) ON TABLE public.notes FROM auditor;
