-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- + table public.leases: add column term daterange NOT NULL [access-exclusive-lock]
ALTER TABLE public.leases ADD COLUMN term daterange NOT NULL;

-- + table public.leases: add exclusion constraint leases_term_excl [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.leases ADD CONSTRAINT leases_term_excl EXCLUDE USING gist (term WITH &&) WHERE ((NOT isempty(term)));
