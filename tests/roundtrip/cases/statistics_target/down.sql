-- schemac migration: down
-- 3 steps; no hazards

-- - statistics object public.addresses_city_country: drop statistics object
DROP STATISTICS public.addresses_city_country;

-- ~ statistics object public.addresses_city_zip: reset statistics target
ALTER STATISTICS public.addresses_city_zip SET STATISTICS -1;

-- ~ statistics object public.addresses_zip_country: set statistics target
ALTER STATISTICS public.addresses_zip_country SET STATISTICS 300;
