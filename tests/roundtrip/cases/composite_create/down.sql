-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - view public.cities: drop view
DROP VIEW public.cities;

-- - function public.city_of(public.address): drop function
DROP FUNCTION public.city_of(public.address);

-- - table public.people: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.people;

-- - composite type public.visit: drop composite type
DROP TYPE public.visit;

-- - composite type public.address: drop composite type
DROP TYPE public.address;

-- - domain public.postcode: drop domain
DROP DOMAIN public.postcode;
