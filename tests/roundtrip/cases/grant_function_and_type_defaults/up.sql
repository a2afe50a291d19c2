-- schemac migration: up
-- 4 steps; hazards: authz-change

-- ~ schema public: grant and revoke privileges [authz-change]
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO app_user;

-- ~ enum type public.color: grant and revoke privileges [authz-change]
REVOKE USAGE ON TYPE public.color FROM PUBLIC;
GRANT USAGE ON TYPE public.color TO auditor;

-- ~ function public.twice(integer): grant and revoke privileges [authz-change]
REVOKE EXECUTE ON FUNCTION public.twice(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.twice(integer) TO app_user;

-- ~ aggregate public.total(integer): revoke privileges [authz-change]
REVOKE EXECUTE ON FUNCTION public.total(integer) FROM PUBLIC;
