-- schemac migration: down
-- 4 steps; hazards: authz-change

-- ~ schema public: grant and revoke privileges [authz-change]
REVOKE USAGE ON SCHEMA public FROM app_user;
GRANT USAGE ON SCHEMA public TO PUBLIC;

-- ~ enum type public.color: grant and revoke privileges [authz-change]
REVOKE USAGE ON TYPE public.color FROM auditor;
GRANT USAGE ON TYPE public.color TO PUBLIC;

-- ~ function public.twice(integer): grant and revoke privileges [authz-change]
REVOKE EXECUTE ON FUNCTION public.twice(integer) FROM app_user;
GRANT EXECUTE ON FUNCTION public.twice(integer) TO PUBLIC;

-- ~ aggregate public.total(integer): grant privileges [authz-change]
GRANT EXECUTE ON FUNCTION public.total(integer) TO PUBLIC;
