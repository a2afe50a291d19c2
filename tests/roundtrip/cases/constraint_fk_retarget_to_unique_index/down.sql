-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, validates-constraint

-- - table public.cities: drop foreign key cities_country_code_fkey [access-exclusive-lock]
ALTER TABLE public.cities DROP CONSTRAINT cities_country_code_fkey;

-- - table public.cities: drop column country_code [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.cities DROP COLUMN country_code;

-- + table public.cities: add foreign key cities_country_id_fkey [validates-constraint]
ALTER TABLE public.cities ADD CONSTRAINT cities_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.countries(id);
