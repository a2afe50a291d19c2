-- schemac migration: down
-- 2 steps; hazards: authz-change

-- ~ sequence public.tickets_id_seq: revoke privileges [authz-change]
REVOKE SELECT, USAGE ON SEQUENCE public.tickets_id_seq FROM app_user;

-- ~ table public.tickets: revoke privileges [authz-change]
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE public.tickets FROM app_user;
