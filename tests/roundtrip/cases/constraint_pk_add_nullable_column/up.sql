-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- ~ table public.countries: alter column code: set not null [access-exclusive-lock, validates-constraint]
ALTER TABLE public.countries ALTER COLUMN code SET NOT NULL;

-- + table public.countries: add primary key countries_pkey [access-exclusive-lock, index-build]
ALTER TABLE public.countries ADD CONSTRAINT countries_pkey PRIMARY KEY (code);
