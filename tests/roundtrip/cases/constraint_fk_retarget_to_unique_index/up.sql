-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, validates-constraint

-- - table public.cities: drop foreign key cities_country_id_fkey [access-exclusive-lock]
ALTER TABLE public.cities DROP CONSTRAINT cities_country_id_fkey;

-- + table public.cities: add column country_code character(2) NOT NULL [access-exclusive-lock]
ALTER TABLE public.cities ADD COLUMN country_code character(2) NOT NULL;

-- + table public.cities: add foreign key cities_country_code_fkey [validates-constraint]
ALTER TABLE public.cities ADD CONSTRAINT cities_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(iso_code);
