CREATE TABLE addresses (id integer PRIMARY KEY, city text NOT NULL, zip text NOT NULL, country text NOT NULL);
CREATE STATISTICS addresses_city_zip ON city, zip FROM addresses;
