-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, index-build

-- + table public.countries: add primary key countries_pkey [access-exclusive-lock, index-build]
ALTER TABLE public.countries ADD CONSTRAINT countries_pkey PRIMARY KEY (code);
