-- A statistics object gets more kinds (dropped and created again), another is dropped, one on
-- a materialized view is added.
CREATE TABLE addresses (id integer PRIMARY KEY, city text NOT NULL, zip text NOT NULL, country text NOT NULL);
CREATE STATISTICS addresses_city_zip (ndistinct, mcv) ON city, zip FROM addresses;
CREATE MATERIALIZED VIEW cities AS SELECT city, country, count(*) AS n FROM addresses GROUP BY city, country;
CREATE STATISTICS cities_city_country ON city, country FROM cities;
