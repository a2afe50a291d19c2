-- schemac migration: up
-- 3 steps; no hazards

-- ~ statistics object public.addresses_city_zip: set statistics target
ALTER STATISTICS public.addresses_city_zip SET STATISTICS 500;

-- ~ statistics object public.addresses_zip_country: reset statistics target
ALTER STATISTICS public.addresses_zip_country SET STATISTICS -1;

-- + statistics object public.addresses_city_country: create statistics object
CREATE STATISTICS public.addresses_city_country (mcv) ON city, country FROM public.addresses;
ALTER STATISTICS public.addresses_city_country SET STATISTICS 50;
