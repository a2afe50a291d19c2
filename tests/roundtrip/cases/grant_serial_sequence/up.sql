-- schemac migration: up
-- 2 steps; hazards: authz-change

-- ~ sequence public.tickets_id_seq: grant privileges [authz-change]
GRANT SELECT, USAGE ON SEQUENCE public.tickets_id_seq TO app_user;

-- ~ table public.tickets: grant privileges [authz-change]
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE public.tickets TO app_user;
