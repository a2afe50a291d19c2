-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, authz-change

-- + table public.accounts: add column pin text [access-exclusive-lock]
ALTER TABLE public.accounts ADD COLUMN pin text;

-- ~ table public.accounts: privileges of the new object: grant privileges [authz-change]
GRANT UPDATE (pin) ON TABLE public.accounts TO app_user;
GRANT SELECT (pin) ON TABLE public.accounts TO auditor;
