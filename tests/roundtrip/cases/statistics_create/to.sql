-- Extended statistics: on columns with chosen kinds, on an expression, with a comment, in
-- another schema than their table's.
CREATE TABLE addresses (id integer PRIMARY KEY, city text NOT NULL, zip text NOT NULL, country text NOT NULL);
CREATE SCHEMA stats;
CREATE STATISTICS addresses_city_zip (ndistinct, dependencies) ON city, zip FROM addresses;
CREATE STATISTICS stats.addresses_lower_city ON (lower(city)), country FROM addresses;
COMMENT ON STATISTICS addresses_city_zip IS 'zip codes follow cities';
