-- schemac migration: up
-- 3 steps; hazards: authz-change

-- ~ schema public: revoke privileges [authz-change]
REVOKE CREATE, USAGE ON SCHEMA public FROM auditor;

-- ~ table public.items: grant and revoke privileges [authz-change]
REVOKE GRANT OPTION FOR SELECT ON TABLE public.items FROM app_user;
GRANT REFERENCES, TRIGGER ON TABLE public.items TO auditor WITH GRANT OPTION;

-- ~ table public.orders: grant and revoke privileges [authz-change]
REVOKE DELETE, INSERT ON TABLE public.orders FROM app_user;
REVOKE GRANT OPTION FOR SELECT ON TABLE public.orders FROM auditor;
REVOKE TRUNCATE ON TABLE public.orders FROM PUBLIC;
GRANT UPDATE ON TABLE public.orders TO app_user;
