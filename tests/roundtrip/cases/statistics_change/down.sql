-- schemac migration: down
-- 5 steps; hazards: deletes-data

-- - statistics object public.addresses_city_zip: drop statistics object to create it again
DROP STATISTICS public.addresses_city_zip;

-- - statistics object public.cities_city_country: drop statistics object
DROP STATISTICS public.cities_city_country;

-- - materialized view public.cities: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.cities;

-- + statistics object public.addresses_city_zip: create statistics object again
CREATE STATISTICS public.addresses_city_zip (ndistinct) ON city, zip FROM public.addresses;

-- + statistics object public.addresses_country: create statistics object
CREATE STATISTICS public.addresses_country ON city, country FROM public.addresses;
