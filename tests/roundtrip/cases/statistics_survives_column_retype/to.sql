-- A column of a statistics object changes type; the server rebuilds the object.
CREATE TABLE addresses (id integer PRIMARY KEY, city varchar(100) NOT NULL, zip text NOT NULL, country text NOT NULL);
CREATE STATISTICS addresses_city_zip ON city, zip FROM addresses;
