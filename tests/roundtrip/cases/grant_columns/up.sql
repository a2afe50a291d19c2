-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, authz-change, deletes-data, irreversible-down

-- - table public.people: drop column salary [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN salary;

-- ~ table public.people: grant and revoke privileges [authz-change]
REVOKE UPDATE (notes) ON TABLE public.people FROM app_user;
GRANT SELECT (notes) ON TABLE public.people TO app_user;

-- + table public.people: add column team text [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN team text;

-- ~ table public.people: privileges of the new object: grant privileges [authz-change]
GRANT SELECT (team), UPDATE (team) ON TABLE public.people TO auditor;
