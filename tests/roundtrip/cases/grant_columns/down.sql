-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, authz-change, deletes-data, irreversible-down

-- - table public.people: drop column team [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN team;

-- ~ table public.people: grant and revoke privileges [authz-change]
REVOKE SELECT (notes) ON TABLE public.people FROM app_user;
GRANT UPDATE (notes) ON TABLE public.people TO app_user;

-- + table public.people: add column salary numeric [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN salary numeric;

-- ~ table public.people: privileges of the new object: grant privileges [authz-change]
GRANT SELECT (salary) ON TABLE public.people TO auditor;
