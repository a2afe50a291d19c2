-- schemac migration: down
-- 3 steps; no hazards

-- - statistics object public.addresses_city_zip: drop statistics object
DROP STATISTICS public.addresses_city_zip;

-- - statistics object stats.addresses_lower_city: drop statistics object
DROP STATISTICS stats.addresses_lower_city;

-- - schema stats: drop schema
DROP SCHEMA stats;
