-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, authz-change

-- ~ table public.events: enable row-level security [access-exclusive-lock, authz-change]
ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;

-- ~ table public.events: grant privileges [authz-change]
GRANT INSERT, SELECT ON TABLE public.events TO app_user;

-- ~ table public.events_2024: grant privileges [authz-change]
GRANT SELECT (at) ON TABLE public.events_2024 TO auditor;

-- ~ table public.events_2024: grant privileges [authz-change]
GRANT SELECT (id) ON TABLE public.events_2024 TO auditor;

-- + policy public.events.own_kind: create policy [access-exclusive-lock, authz-change]
CREATE POLICY own_kind ON public.events TO app_user USING ((kind = CURRENT_USER));
