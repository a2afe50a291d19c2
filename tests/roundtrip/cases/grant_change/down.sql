-- schemac migration: down
-- 3 steps; hazards: authz-change

-- ~ schema public: grant privileges [authz-change]
GRANT CREATE, USAGE ON SCHEMA public TO auditor;

-- ~ table public.items: grant and revoke privileges [authz-change]
REVOKE REFERENCES, TRIGGER ON TABLE public.items FROM auditor;
GRANT SELECT ON TABLE public.items TO app_user WITH GRANT OPTION;

-- ~ table public.orders: grant and revoke privileges [authz-change]
REVOKE UPDATE ON TABLE public.orders FROM app_user;
GRANT DELETE, INSERT ON TABLE public.orders TO app_user;
GRANT SELECT ON TABLE public.orders TO auditor WITH GRANT OPTION;
GRANT TRUNCATE ON TABLE public.orders TO PUBLIC;
