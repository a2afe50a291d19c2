-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, authz-change

-- - policy public.events.own_kind: drop policy [access-exclusive-lock, authz-change]
DROP POLICY own_kind ON public.events;

-- ~ table public.events: disable row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.events DISABLE ROW LEVEL SECURITY;

-- ~ table public.events: revoke privileges [authz-change]
REVOKE INSERT, SELECT ON TABLE public.events FROM app_user;

-- ~ table public.events_2024: revoke privileges [authz-change]
REVOKE SELECT (at) ON TABLE public.events_2024 FROM auditor;

-- ~ table public.events_2024: revoke privileges [authz-change]
REVOKE SELECT (id) ON TABLE public.events_2024 FROM auditor;
