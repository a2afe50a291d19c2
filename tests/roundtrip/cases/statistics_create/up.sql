-- schemac migration: up
-- 3 steps; no hazards

-- + schema stats: create schema
CREATE SCHEMA stats;

-- + statistics object public.addresses_city_zip: create statistics object
CREATE STATISTICS public.addresses_city_zip (ndistinct, dependencies) ON city, zip FROM public.addresses;
COMMENT ON STATISTICS public.addresses_city_zip IS 'zip codes follow cities';

-- + statistics object stats.addresses_lower_city: create statistics object
CREATE STATISTICS stats.addresses_lower_city ON country, lower(city) FROM public.addresses;
