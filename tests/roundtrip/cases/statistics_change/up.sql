-- schemac migration: up
-- 5 steps; no hazards

-- - statistics object public.addresses_city_zip: drop statistics object to create it again
DROP STATISTICS public.addresses_city_zip;

-- - statistics object public.addresses_country: drop statistics object
DROP STATISTICS public.addresses_country;

-- + materialized view public.cities: create materialized view
CREATE MATERIALIZED VIEW public.cities (city, country, n) AS
SELECT addresses.city,
    addresses.country,
    count(*) AS n
   FROM public.addresses
  GROUP BY addresses.city, addresses.country
  WITH DATA;

-- + statistics object public.addresses_city_zip: create statistics object again
CREATE STATISTICS public.addresses_city_zip (ndistinct, mcv) ON city, zip FROM public.addresses;

-- + statistics object public.cities_city_country: create statistics object
CREATE STATISTICS public.cities_city_country ON city, country FROM public.cities;
